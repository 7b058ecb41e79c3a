// carddesk-bench: lookup latency (service, naive baseline, real widgets), cold
// start, memory and dataset generation at one million customers; writes
// docs/benchmarks.md. See tests/bench/CMakeLists.txt and scripts/dev.sh bench.

#include "benchoptions.h"
#include "benchrunner.h"
#include "syncbench.h"

#include "common/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

namespace {

QtMessageHandler previousHandler = nullptr;

/// The offscreen platform warns about size hints on every layout change; that is noise here.
void filterMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    previousHandler(type, context, message);
}

QString defaultDataDir()
{
    const QString fromEnvironment = qEnvironmentVariable("CARDDESK_BENCH_DATA");
    return fromEnvironment.isEmpty() ? QStringLiteral(CARDDESK_BENCH_DEFAULT_DATA) : fromEnvironment;
}

} // namespace

int main(int argc, char *argv[])
{
    // The widget measurements run offscreen unless the caller chose a platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    previousHandler = qInstallMessageHandler(filterMessages);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("carddesk-bench"));
    QApplication::setOrganizationName(QStringLiteral("CardDesk"));
    QApplication::setApplicationVersion(QStringLiteral("1"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures CardDesk's lookup (service, naive LIKE baseline, keystroke to paint in the real lookup pane), "
        "cold start, memory and demo-data generation, and writes a Markdown report."));
    parser.addHelpOption();
    const QCommandLineOption customersOption(QStringLiteral("customers"),
                                             QStringLiteral("Dataset size (default 1000000)."),
                                             QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                           QStringLiteral("Folder of the datasets (default $CARDDESK_BENCH_DATA or "
                                                          "<build dir>/bench-data); generated there when missing."),
                                           QStringLiteral("dir"), defaultDataDir());
    const QCommandLineOption outputOption(
        QStringLiteral("output"), QStringLiteral("Markdown report to write (default docs/benchmarks.md in the source tree)."),
        QStringLiteral("file"),
        QDir(QString::fromUtf8(CARDDESK_BENCH_SOURCE_DIR)).filePath(QStringLiteral("docs/benchmarks.md")));
    const QCommandLineOption carddeskOption(QStringLiteral("carddesk"),
                                            QStringLiteral("The carddesk binary for cold start (default: the one built "
                                                           "with the bench)."),
                                            QStringLiteral("path"), QString::fromUtf8(CARDDESK_BENCH_APP_PATH));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Demo-data seed (default 20261122)."),
                                        QStringLiteral("n"), QStringLiteral("20261122"));
    const QCommandLineOption quickOption(QStringLiteral("quick"),
                                         QStringLiteral("One measured round of each measurement (the ctest smoke run)."));
    const QCommandLineOption freshOption(QStringLiteral("fresh"),
                                         QStringLiteral("Delete the dataset first, so that generation is measured."));
    const QCommandLineOption naiveAllOption(QStringLiteral("naive-every-keystroke"),
                                            QStringLiteral("Run the naive baseline on every prefix, not only on the full "
                                                           "queries (slow at 1M)."));
    const QCommandLineOption intervalOption(QStringLiteral("key-interval"),
                                            QStringLiteral("Pause after each painted keystroke in ms (default 40)."),
                                            QStringLiteral("ms"), QStringLiteral("40"));
    const QCommandLineOption inboxOnlyOption(QStringLiteral("inbox-only"),
                                             QStringLiteral("Measure only the inbox (7-10), for working on it; the "
                                                            "report marks the rest not measured."));
    const QCommandLineOption supervisionOnlyOption(
        QStringLiteral("supervision-only"),
        QStringLiteral("Measure only the supervisor's figures (queue board, agents, 90-day analytics, against a "
                       "naive per-row computation) and rewrite only their section of the report."));
    const QCommandLineOption syncOption(
        QStringLiteral("sync-bench"),
        QStringLiteral("Instead of the rest: time a fresh client cache catching up on a running carddesk-server's "
                       "change feed (ChangeFeed), against a naive one-transaction-per-change baseline; prints "
                       "SYNC_RESULT {json}. Needs --server and --token-file."));
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QStringLiteral("With --sync-bench: the server's base URL."),
                                          QStringLiteral("url"));
    const QCommandLineOption tokenFileOption(
        QStringLiteral("token-file"),
        QStringLiteral("With --sync-bench: a file whose first line is a bearer token (POST /v1/sessions); a "
                       "file, so that the token is not in the process list."),
        QStringLiteral("file"));
    const QCommandLineOption sinceOption(QStringLiteral("since"),
                                         QStringLiteral("With --sync-bench: the feed cursor to start from (default: "
                                                        "the beginning)."),
                                         QStringLiteral("cursor"));
    const QCommandLineOption syncNaiveOption(
        QStringLiteral("sync-naive-limit"),
        QStringLiteral("With --sync-bench: changes applied by the naive baseline (default 10000; 0: skip it)."),
        QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption syncRunsOption(QStringLiteral("sync-runs"),
                                           QStringLiteral("With --sync-bench: ChangeFeed runs, each on a fresh copy "
                                                          "of the primed cache; the median is reported (default 3)."),
                                           QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption syncPageOption(
        QStringLiteral("sync-page-size"),
        QStringLiteral("With --sync-bench: changes per page for the feed-only read and the naive baseline "
                       "(default: ChangeFeed's own page size)."),
        QStringLiteral("n"), QStringLiteral("0"));
    parser.addOptions({customersOption, dataDirOption, outputOption, carddeskOption, seedOption, quickOption,
                       freshOption, naiveAllOption, intervalOption, inboxOnlyOption, supervisionOnlyOption, syncOption, serverOption,
                       tokenFileOption, sinceOption, syncNaiveOption, syncRunsOption, syncPageOption});
    parser.process(app);

    if (parser.isSet(syncOption)) {
        SyncBench::Options sync;
        sync.server = QUrl(parser.value(serverOption));
        if (!sync.server.isValid() || sync.server.scheme().isEmpty()) {
            std::fprintf(stderr, "carddesk-bench: --sync-bench needs --server URL (e.g. http://127.0.0.1:8080)\n");
            return 2;
        }
        QFile tokenFile(parser.value(tokenFileOption));
        if (!tokenFile.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "carddesk-bench: --sync-bench needs --token-file FILE (cannot read %s)\n",
                         qPrintable(tokenFile.fileName()));
            return 2;
        }
        sync.token = QString::fromUtf8(tokenFile.readLine()).trimmed();
        sync.since = parser.value(sinceOption);
        bool ok = false;
        sync.naiveLimit = parser.value(syncNaiveOption).toInt(&ok);
        const bool naiveOk = ok && sync.naiveLimit >= 0;
        sync.runs = parser.value(syncRunsOption).toInt(&ok);
        const bool runsOk = ok && sync.runs >= 1;
        sync.pageSize = parser.value(syncPageOption).toInt(&ok);
        if (!naiveOk || !runsOk || !ok || sync.pageSize < 0 || sync.token.isEmpty()) {
            std::fprintf(stderr, "carddesk-bench: --sync-naive-limit, --sync-runs and --sync-page-size need numbers, "
                                 "and the token file a token\n");
            return 2;
        }
        QTemporaryDir work(QDir::temp().filePath(QStringLiteral("carddesk-sync-bench-XXXXXX")));
        if (!work.isValid()) {
            std::fprintf(stderr, "carddesk-bench: cannot create a temporary folder\n");
            return 1;
        }
        sync.workDir = work.path();
        SyncBench bench(sync);
        return bench.run();
    }

    BenchOptions options;
    bool ok = false;
    options.customers = parser.value(customersOption).toInt(&ok);
    if (!ok || options.customers < 100) {
        std::fprintf(stderr, "carddesk-bench: --customers needs a number of at least 100\n");
        return 2;
    }
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok) {
        std::fprintf(stderr, "carddesk-bench: --seed needs a number\n");
        return 2;
    }
    options.keyIntervalMs = parser.value(intervalOption).toInt(&ok);
    if (!ok || options.keyIntervalMs < 0) {
        std::fprintf(stderr, "carddesk-bench: --key-interval needs a number of milliseconds\n");
        return 2;
    }
    options.dataDir = QDir(parser.value(dataDirOption)).absolutePath();
    options.output = QDir().absoluteFilePath(parser.value(outputOption));
    options.carddesk = parser.value(carddeskOption);
    options.quick = parser.isSet(quickOption);
    options.fresh = parser.isSet(freshOption);
    options.naiveEveryKeystroke = parser.isSet(naiveAllOption);
    options.inboxOnly = parser.isSet(inboxOnlyOption);
    options.supervisionOnly = parser.isSet(supervisionOnlyOption);
    options.coldStartRuns = options.quick ? 2 : 5;
    if (options.quick && !parser.isSet(intervalOption))
        options.keyIntervalMs = 5;
    QStringList command = QApplication::arguments().mid(1);
    command.prepend(QStringLiteral("carddesk-bench"));
    options.command = command.join(QLatin1Char(' '));

    // The application's look: the same style, palette and style sheet paint the results.
    Theme::apply(app);

    BenchRunner runner(options);
    return runner.run();
}
