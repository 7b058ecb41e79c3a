// CardDesk: the customer-service console for card issuers.
//
// main() parses the command line and hands over to the composition root
// (ApplicationController). It never opens the database itself on the GUI
// thread: the window appears first and the backend opens on its own thread.

#include "common/theme.h"
#include "shell/applicationcontroller.h"
#include "shell/screenshotrunner.h"
#include "shell/singleinstance.h"

#include "services/inboxservice.h"
#include "services/localbackend.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

/// Command-line-only modes need no display; start without a GUI for them.
bool needsGui(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (!std::strcmp(arg, "--seed-demo") || !std::strncmp(arg, "--seed-demo=", 12)
            || !std::strcmp(arg, "--import-eml") || !std::strncmp(arg, "--import-eml=", 13) || !std::strcmp(arg, "--help")
            || !std::strcmp(arg, "-h") || !std::strcmp(arg, "--version") || !std::strcmp(arg, "-v"))
            return false;
    }
    return true;
}

bool wantsScreenshot(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--screenshot") || !std::strncmp(argv[i], "--screenshot=", 13))
            return true;
    }
    return false;
}

/// --import-eml DIR: parse and store every .eml file in DIR, print what happened, exit.
int runImportEml(QCoreApplication &app, const QString &dataDir, const QString &folder, const QString &agent)
{
    const QDir dir(folder);
    if (!dir.exists()) {
        err() << QCoreApplication::translate("main", "There is no folder %1.").arg(QDir::toNativeSeparators(folder))
              << Qt::endl;
        return 2;
    }
    QStringList files;
    const QFileInfoList entries = dir.entryInfoList({QStringLiteral("*.eml"), QStringLiteral("*.EML")},
                                                    QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &entry : entries)
        files << entry.absoluteFilePath();
    if (files.isEmpty()) {
        err() << QCoreApplication::translate("main", "%1 holds no .eml files; nothing was imported.")
                     .arg(QDir::toNativeSeparators(folder))
              << Qt::endl;
        return 2;
    }

    auto backend = std::make_unique<LocalBackend>();
    LocalBackend::Options options;
    options.databasePath = ApplicationController::databasePath(dataDir);
    options.agentUsername = agent;
    int exitCode = 1;
    backend->open(options).then(&app, [&](const OpenResult &opened) {
        if (!opened.ok()) {
            err() << opened.message << Qt::endl;
            QCoreApplication::exit(1);
            return;
        }
        backend->inbox()->importEmails(files).then(&app, [&](const ImportResult &result) {
            out() << QCoreApplication::translate("main", "Imported %1 message(s) from %2 file(s): %3 matched to "
                                                         "customers, %4 already there.")
                         .arg(result.imported)
                         .arg(files.size())
                         .arg(result.matchedCustomers)
                         .arg(result.duplicates)
                  << Qt::endl;
            for (const QString &refused : result.refused)
                err() << "  " << refused << Qt::endl;
            exitCode = result.refused.isEmpty() ? 0 : 3;
            QCoreApplication::exit(exitCode);
        });
    });
    app.exec();
    backend.reset();
    return exitCode;
}

/// --seed-demo N: fill an empty database with N demo customers and exit.
int runSeedDemo(QCoreApplication &app, const QString &dataDir, int customers, int conversations)
{
    const QString path = ApplicationController::databasePath(dataDir);
    if (!QDir().mkpath(dataDir)) {
        err() << QCoreApplication::translate("main", "Cannot create the folder %1.").arg(dataDir) << Qt::endl;
        return 1;
    }

    err() << QCoreApplication::translate("main", "Preparing demo data for %1 customers in %2 …").arg(customers).arg(path)
          << Qt::endl;

    auto backend = std::make_unique<LocalBackend>();
    int lastPercent = -10;
    QObject::connect(backend.get(), &LocalBackend::seedProgress, &app, [&lastPercent](int done, int total) {
        const int percent = total > 0 ? int(qint64(done) * 100 / total) : 0;
        if (percent / 10 != lastPercent / 10) {
            err() << QCoreApplication::translate("main", "  %1% (%2 of %3)").arg(percent).arg(done).arg(total)
                  << Qt::endl;
            lastPercent = percent;
        }
    });

    LocalBackend::Options options;
    options.databasePath = path;
    options.seedDemoIfEmpty = true;
    options.demoClockNow = true;
    options.demoCustomers = customers;
    options.demoConversations = conversations;
    options.replaceDemoInbox = conversations > 0;

    QElapsedTimer timer;
    timer.start();
    int exitCode = 1;
    backend->open(options).then(&app, [&](const OpenResult &result) {
        const double seconds = double(timer.elapsed()) / 1000.0;
        if (!result.ok()) {
            err() << QCoreApplication::translate("main", "Could not open %1: %2").arg(path, result.message)
                  << Qt::endl;
            exitCode = 1;
        } else if (!result.seeded && conversations > 0) {
            // The second phase on a database that already holds the customers.
            out() << (result.inboxSeeded
                          ? QCoreApplication::translate("main", "Replaced the demo inbox with about %1 conversations "
                                                                "in %2 s.")
                                .arg(conversations)
                                .arg(seconds, 0, 'f', 1)
                          : QCoreApplication::translate("main", "The demo inbox already has about %1 conversations.")
                                .arg(conversations))
                  << Qt::endl;
            exitCode = 0;
        } else if (!result.seeded) {
            err() << QCoreApplication::translate("main",
                                                 "Refusing to seed: %1 already holds %2 customers. "
                                                 "Use an empty --data-dir, or move the file aside first.")
                         .arg(path)
                         .arg(result.customerCount)
                  << Qt::endl;
            exitCode = 3;
        } else {
            out() << QCoreApplication::translate("main", "Seeded %1 customers in %2 s.")
                         .arg(result.customerCount)
                         .arg(seconds, 0, 'f', 1)
                  << Qt::endl;
            exitCode = 0;
        }
        QCoreApplication::exit(exitCode);
    });
    app.exec();
    backend.reset();
    return exitCode;
}

bool parseSize(const QString &text, QSize *size)
{
    const QStringList parts = text.toLower().split(QLatin1Char('x'));
    if (parts.size() != 2)
        return false;
    bool okW = false;
    bool okH = false;
    const int w = parts.at(0).toInt(&okW);
    const int h = parts.at(1).toInt(&okH);
    if (!okW || !okH || w < 320 || h < 240 || w > 8000 || h > 8000)
        return false;
    *size = QSize(w, h);
    return true;
}

} // namespace

/// Resident memory of this process in kB (VmRSS), 0 where /proc is missing.
qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    // /proc files report size 0, so atEnd() is true at once: read it whole.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // Screenshots are always rendered off screen, the same on every machine.
    if (wantsScreenshot(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv))
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);

    QCoreApplication::setOrganizationName(QStringLiteral("CardDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("carddesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARDDESK_VERSION));
    if (qobject_cast<QApplication *>(app.get()))
        QGuiApplication::setApplicationDisplayName(QStringLiteral("CardDesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "CardDesk: the customer-service console for card issuers."));
    parser.addHelpOption();
    parser.addVersionOption();

    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Folder of the local database (<dir>/carddesk.sqlite)."),
        QCoreApplication::translate("main", "dir"),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("main", "Interface language: fi, sv, nb or en."),
                                        QCoreApplication::translate("main", "code"));
    const QCommandLineOption agentOption(QStringLiteral("agent"),
                                         QCoreApplication::translate("main", "Sign in as this agent (user name)."),
                                         QCoreApplication::translate("main", "user"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed-demo"),
        QCoreApplication::translate("main", "Create a demo database of <n> customers in --data-dir and exit."),
        QCoreApplication::translate("main", "n"));
    const QCommandLineOption demoCustomersOption(
        QStringLiteral("demo-customers"),
        QCoreApplication::translate("main", "Number of demo customers for an empty database (default 20000)."),
        QCoreApplication::translate("main", "n"), QStringLiteral("20000"));
    const QCommandLineOption demoConversationsOption(
        QStringLiteral("demo-conversations"),
        QCoreApplication::translate("main", "With --seed-demo: about <n> demo conversations of five messages each "
                                            "(default: the density for the scale). On a database that already holds "
                                            "demo customers, replaces their inbox."),
        QCoreApplication::translate("main", "n"), QStringLiteral("-1"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the window to a PNG file and exit."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
                                        QCoreApplication::translate("main", "View to capture: %1.")
                                            .arg(ScreenshotRunner::supportedViews().join(QStringLiteral(", "))),
                                        QCoreApplication::translate("main", "view"), QStringLiteral("lookup"));
    const QCommandLineOption queryOption(QStringLiteral("query"),
                                         QCoreApplication::translate("main", "Search to run before capturing."),
                                         QCoreApplication::translate("main", "text"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QCoreApplication::translate("main", "Window size for the capture (WxH)."),
                                        QCoreApplication::translate("main", "WxH"), QStringLiteral("1440x900"));
    const QCommandLineOption exitWhenReadyOption(
        QStringLiteral("exit-when-ready"),
        QCoreApplication::translate("main", "Print \"ready <ms> rss-kb <kB>\" once the window is interactive, "
                                            "then exit (for the start-up benchmark)."));
    const QCommandLineOption importOption(
        QStringLiteral("import-eml"),
        QCoreApplication::translate("main", "Import every .eml file in <dir> into the inbox (MIME parsed, card "
                                            "numbers masked, threaded, matched to customers) and exit."),
        QCoreApplication::translate("main", "dir"));
    const QCommandLineOption callOption(
        QStringLiteral("call"),
        QCoreApplication::translate("main", "Screen pop for an incoming call: open the customer with this phone "
                                            "number (handed to a CardDesk already running on the same data)."),
        QCoreApplication::translate("main", "number"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QCoreApplication::translate("main", "Remote mode: work against the CardDesk server at <url> (the local "
                                            "database in --data-dir becomes its cache). The password comes from "
                                            "CARDDESK_PASSWORD, else it is asked for."),
        QCoreApplication::translate("main", "url"));
    const QCommandLineOption caFileOption(
        QStringLiteral("ca-file"),
        QCoreApplication::translate("main", "Remote mode: also trust the certificate authorities in this PEM file."),
        QCoreApplication::translate("main", "pem"));
    parser.addOptions({dataDirOption, langOption, agentOption, seedOption, demoCustomersOption,
                       demoConversationsOption, screenshotOption,
                       viewOption, queryOption, sizeOption, exitWhenReadyOption, callOption, importOption,
                       serverOption, caFileOption});
    parser.process(*app);

    const QString dataDir = QDir::cleanPath(parser.value(dataDirOption));

    bool ok = false;
    const int demoCustomers = parser.value(demoCustomersOption).toInt(&ok);
    if (!ok || demoCustomers < 0) {
        err() << QCoreApplication::translate("main", "--demo-customers needs a number of 0 or more.") << Qt::endl;
        return 2;
    }

    if (parser.isSet(seedOption)) {
        const int count = parser.value(seedOption).toInt(&ok);
        if (!ok || count <= 0) {
            err() << QCoreApplication::translate("main", "--seed-demo needs a number of customers above 0.")
                  << Qt::endl;
            return 2;
        }
        const int conversations = parser.value(demoConversationsOption).toInt(&ok);
        if (!ok || conversations < -1) {
            err() << QCoreApplication::translate("main", "--demo-conversations needs a number of 0 or more.")
                  << Qt::endl;
            return 2;
        }
        return runSeedDemo(*app, dataDir, count, conversations);
    }

    if (parser.isSet(importOption))
        return runImportEml(*app, dataDir, parser.value(importOption), parser.value(agentOption));

    const QString lang = parser.value(langOption);
    if (parser.isSet(langOption) && lang != QLatin1StringView("fi") && lang != QLatin1StringView("sv")
        && lang != QLatin1StringView("nb") && lang != QLatin1StringView("en")) {
        err() << QCoreApplication::translate("main", "--lang must be one of fi, sv, nb, en.") << Qt::endl;
        return 2;
    }

    const bool interactive = !parser.isSet(screenshotOption) && !parser.isSet(exitWhenReadyOption);
    SingleInstance instance(dataDir);
    if (parser.isSet(callOption) && interactive
        && instance.sendToRunning(QStringLiteral("call"), parser.value(callOption))) {
        out() << QCoreApplication::translate("main", "Handed the call to the CardDesk that is already running.")
              << Qt::endl;
        return 0;
    }

    auto *gui = qobject_cast<QApplication *>(app.get());
    Q_ASSERT(gui);
    Theme::apply(*gui);

    ApplicationController::Options options;
    options.dataDir = dataDir;
    options.language = lang;
    options.agentUsername = parser.value(agentOption);
    options.demoCustomers = demoCustomers;
    options.interactive = !parser.isSet(screenshotOption);
    // The supervisor's views are a supervisor's: the demo's, unless --agent names someone.
    if (parser.isSet(screenshotOption) && options.agentUsername.isEmpty() && !parser.isSet(serverOption)
        && ScreenshotRunner::needsSupervisor(parser.value(viewOption)))
        options.agentUsername = ScreenshotRunner::demoSupervisor();
    if (parser.isSet(serverOption)) {
        const QUrl server(parser.value(serverOption), QUrl::StrictMode);
        if (!server.isValid() || (server.scheme() != QLatin1String("http") && server.scheme() != QLatin1String("https"))
            || server.host().isEmpty()) {
            err() << QCoreApplication::translate("main", "--server needs an http:// or https:// address, such as "
                                                         "https://carddesk.example:8443.")
                  << Qt::endl;
            return 2;
        }
        if (options.agentUsername.isEmpty()) {
            err() << QCoreApplication::translate("main", "--server needs --agent with your user name.") << Qt::endl;
            return 2;
        }
        options.serverUrl = server.toString();
        options.caFile = parser.value(caFileOption);
        // Else a session saved in the keychain, or the console asks.
        options.password = qEnvironmentVariable("CARDDESK_PASSWORD");
    }
    ApplicationController controller(options);

    std::unique_ptr<ScreenshotRunner> screenshot;
    if (parser.isSet(screenshotOption)) {
        ScreenshotRunner::Request request;
        request.file = parser.value(screenshotOption);
        request.view = parser.value(viewOption);
        request.query = parser.value(queryOption);
        if (!parseSize(parser.value(sizeOption), &request.size)) {
            err() << QCoreApplication::translate("main", "--size must look like 1440x900.") << Qt::endl;
            return 2;
        }
        screenshot = std::make_unique<ScreenshotRunner>(&controller, request);
        QObject::connect(screenshot.get(), &ScreenshotRunner::finished, gui,
                         [](int exitCode, const QString &message) {
                             (exitCode == 0 ? out() : err()) << message << Qt::endl;
                             QCoreApplication::exit(exitCode);
                         });
    }

    if (parser.isSet(exitWhenReadyOption)) {
        QObject::connect(&controller, &ApplicationController::ready, gui, [&sinceStart] {
            // Ready means shown, database open, and the event loop free again.
            QTimer::singleShot(0, [&sinceStart] {
                out() << "ready " << sinceStart.elapsed() << " rss-kb " << residentKb() << Qt::endl;
                QCoreApplication::exit(0);
            });
        });
        QObject::connect(&controller, &ApplicationController::openFailed, gui, [](const OpenResult &result) {
            err() << result.message << Qt::endl;
            QCoreApplication::exit(1);
        });
    }

    if (interactive) {
        QString listenError;
        if (instance.listen(&listenError))
            QObject::connect(&instance, &SingleInstance::callRequested, &controller,
                             &ApplicationController::handleCall);
        else
            qWarning("carddesk: calls from other starts cannot be handed over: %s", qPrintable(listenError));
    }
    if (parser.isSet(callOption))
        controller.handleCall(parser.value(callOption));

    controller.start();
    if (screenshot)
        screenshot->start();
    return app->exec();
}
