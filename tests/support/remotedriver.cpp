// carddesk-remotedriver: one console's real client code (RemoteBackend: cache,
// outbox, sender, feed) without a window, for tests that kill a console
// mid-send and start it again on the same cache.
//
//   CARDDESK_PASSWORD=… carddesk-remotedriver --server URL --user NAME --cache FILE
//                        [--conversation ID --notes N --prefix TEXT]
//
// With --notes N it opens the conversation and adds N notes "<prefix> 1" … "<prefix> N" to the
// conversation (each goes to the outbox with its optimistic effect in one
// transaction) and prints "queued N". In any case it then sends until the
// outbox is empty, prints "drained" and exits 0. Exit 1: it could not open.

#include "remote/outboxsender.h"
#include "remote/remotebackend.h"
#include "services/inboxservice.h"
#include "storage/database.h"
#include "storage/databaseworker.h"
#include "storage/outboxrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFutureWatcher>
#include <QTimer>

#include <cstdio>

namespace {

void say(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("server"), QStringLiteral("server URL"), QStringLiteral("url")},
                       {QStringLiteral("user"), QStringLiteral("agent"), QStringLiteral("name")},
                       {QStringLiteral("cache"), QStringLiteral("cache file"), QStringLiteral("file")},
                       {QStringLiteral("conversation"), QStringLiteral("conversation id"), QStringLiteral("id")},
                       {QStringLiteral("notes"), QStringLiteral("notes to add"), QStringLiteral("n"), QStringLiteral("0")},
                       {QStringLiteral("prefix"), QStringLiteral("note text prefix"), QStringLiteral("text")}});
    parser.process(app);

    RemoteBackend backend;
    RemoteBackend::Options options;
    options.serverUrl = QUrl(parser.value(QStringLiteral("server")));
    options.username = parser.value(QStringLiteral("user"));
    options.password = qEnvironmentVariable("CARDDESK_PASSWORD");
    options.cachePath = parser.value(QStringLiteral("cache"));
    const qint64 conversationId = parser.value(QStringLiteral("conversation")).toLongLong();
    const int notes = parser.value(QStringLiteral("notes")).toInt();
    const QString prefix = parser.value(QStringLiteral("prefix"));

    auto drainWhenEmpty = [&backend] {
        auto *poll = new QTimer(&backend);
        QObject::connect(poll, &QTimer::timeout, &backend, [&backend, poll] {
            poll->stop();
            backend.worker()
                ->run([](Database &db) {
                    QString error;
                    return OutboxRepository(db).pendingCount(&error);
                })
                .then(&backend, [poll](int pending) {
                    if (pending == 0) {
                        say("drained");
                        QCoreApplication::exit(0);
                    } else {
                        poll->start(100);
                    }
                });
        });
        backend.sender()->setBackoff(100, 1000);
        poll->start(100);
    };

    backend.open(options).then(&backend, [&](const OpenResult &opened) {
        if (!opened.ok()) {
            say("cannot open: " + opened.message.toUtf8());
            QCoreApplication::exit(1);
            return;
        }
        say("open");
        if (notes <= 0) {
            drainWhenEmpty();
            return;
        }
        // One after another, so the outbox holds them in this order.
        auto queued = std::make_shared<int>(0);
        auto next = std::make_shared<std::function<void()>>();
        *next = [&, queued, next] {
            if (*queued == notes) {
                say("queued " + QByteArray::number(notes));
                drainWhenEmpty();
                return;
            }
            ++*queued;
            backend.inbox()
                ->addNote(conversationId, QStringLiteral("%1 %2").arg(prefix).arg(*queued))
                .then(&backend, [next](const CommandResult &result) {
                    if (result.status != CommandResult::Applied) {
                        say("note refused: " + result.message.toUtf8());
                        QCoreApplication::exit(1);
                        return;
                    }
                    (*next)();
                });
        };
        // As an agent does: the conversation is opened (read from the server
        // into the cache) before anything is written to it.
        backend.inbox()->thread(conversationId).then(&backend, [next](const ThreadResult &thread) {
            if (!thread.found) {
                say("cannot open the conversation: " + thread.error.toUtf8());
                QCoreApplication::exit(1);
                return;
            }
            (*next)();
        });
    });
    return app.exec();
}
