#include "remote/commandroute.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

Q_DECLARE_METATYPE(Command)

namespace {

/// Just enough of docs/api/openapi.yaml: each path's POST (with its header
/// parameters and request schema) and each schema's required and declared
/// properties. A line scan: the contract is written with two-space indents.
struct Contract
{
    struct Post
    {
        bool idempotencyKey = false;
        bool ifMatch = false;
        QString requestSchema;
    };
    struct Schema
    {
        QStringList required;
        QSet<QString> properties;
        bool closed = false;   ///< additionalProperties: false
    };

    QHash<QString, Post> posts;    ///< path template -> its POST
    QSet<QString> paths;
    QHash<QString, Schema> schemas;

    static Contract load(const QString &fileName, QString *error)
    {
        Contract contract;
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            *error = file.errorString();
            return contract;
        }
        static const QRegularExpression pathKey(QStringLiteral("^  (/v1[^:]*):\\s*$"));
        static const QRegularExpression operation(QStringLiteral("^    (get|post|put|patch|delete):\\s*$"));
        static const QRegularExpression schemaKey(QStringLiteral("^    ([A-Za-z0-9]+):\\s*$"));
        static const QRegularExpression requiredLine(QStringLiteral("^      required: \\[(.*)\\]\\s*$"));
        static const QRegularExpression propertyKey(QStringLiteral("^        ([A-Za-z0-9]+):\\s*$"));
        static const QRegularExpression requestRef(QStringLiteral("\\$ref: '#/components/schemas/([A-Za-z0-9]+)'"));

        enum class Section { None, Paths, Schemas } section = Section::None;
        QString path;
        QString method;
        QString schema;
        bool inProperties = false;
        bool inRequestBody = false;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).chopped(1);
            if (line.startsWith(QLatin1String("paths:"))) {
                section = Section::Paths;
                continue;
            }
            if (line.startsWith(QLatin1String("  schemas:"))) {
                section = Section::Schemas;
                continue;
            }
            if (!line.isEmpty() && !line.startsWith(QLatin1Char(' ')) && !line.startsWith(QLatin1Char('#'))) {
                section = Section::None;
                continue;
            }
            if (line.startsWith(QLatin1String("  ")) && !line.startsWith(QLatin1String("   "))
                && section == Section::Schemas) {
                section = Section::None;   // the next components section
                continue;
            }
            if (section == Section::Paths) {
                if (const QRegularExpressionMatch m = pathKey.match(line); m.hasMatch()) {
                    path = m.captured(1);
                    method.clear();
                    contract.paths.insert(path);
                    continue;
                }
                if (const QRegularExpressionMatch m = operation.match(line); m.hasMatch()) {
                    method = m.captured(1);
                    inRequestBody = false;
                    if (method == QLatin1String("post"))
                        contract.posts.insert(path, Post());
                    continue;
                }
                if (method != QLatin1String("post"))
                    continue;
                Post &post = contract.posts[path];
                if (line.contains(QLatin1String("#/components/parameters/IdempotencyKey")))
                    post.idempotencyKey = true;
                if (line.contains(QLatin1String("#/components/parameters/IfMatch")))
                    post.ifMatch = true;
                if (line.startsWith(QLatin1String("      requestBody:")))
                    inRequestBody = true;
                else if (line.startsWith(QLatin1String("      ")) && !line.startsWith(QLatin1String("       ")))
                    inRequestBody = false;
                if (inRequestBody && post.requestSchema.isEmpty()) {
                    if (const QRegularExpressionMatch m = requestRef.match(line); m.hasMatch())
                        post.requestSchema = m.captured(1);
                }
            } else if (section == Section::Schemas) {
                if (const QRegularExpressionMatch m = schemaKey.match(line); m.hasMatch()) {
                    schema = m.captured(1);
                    contract.schemas.insert(schema, Schema());
                    inProperties = false;
                    continue;
                }
                if (schema.isEmpty())
                    continue;
                Schema &s = contract.schemas[schema];
                if (const QRegularExpressionMatch m = requiredLine.match(line); m.hasMatch()) {
                    for (const QString &name : m.captured(1).split(QLatin1Char(',')))
                        s.required << name.trimmed();
                    continue;
                }
                if (line == QLatin1String("      additionalProperties: false"))
                    s.closed = true;
                if (line.startsWith(QLatin1String("      properties:"))) {
                    inProperties = true;
                    continue;
                }
                if (line.startsWith(QLatin1String("      ")) && !line.startsWith(QLatin1String("       ")))
                    inProperties = false;
                if (inProperties) {
                    if (const QRegularExpressionMatch m = propertyKey.match(line); m.hasMatch())
                        s.properties.insert(m.captured(1));
                }
            }
        }
        return contract;
    }
};

QString sourceFile(const char *relative)
{
    return QDir(QStringLiteral(CARDDESK_SOURCE_DIR)).filePath(QString::fromLatin1(relative));
}

Command command(const QString &type, const QString &subject, const QJsonObject &payload)
{
    return Command::make(type, subject, payload, QStringLiteral("aino.laine"));
}

/// One command of every type the console sends, with the payload its service makes (app/services).
QList<Command> everyCommand()
{
    const QJsonObject cardText{{QStringLiteral("expectedVersion"), 6},
                               {QStringLiteral("reason"), QStringLiteral("misplaced")},
                               {QStringLiteral("text"), QStringLiteral("At home, probably")}};
    QJsonObject unlock = cardText;
    unlock.insert(QStringLiteral("reason"), QString());
    QJsonObject close = cardText;
    close.insert(QStringLiteral("reason"), QStringLiteral("stolen"));
    QJsonObject activate = unlock;
    activate.insert(QStringLiteral("text"), QStringLiteral("customer confirmed receipt"));
    const QJsonObject workflowSave{{QStringLiteral("expectedVersion"), 3},
                                   {QStringLiteral("step"), QStringLiteral("replacement")},
                                   {QStringLiteral("data"), QJsonObject{{QStringLiteral("locked"), true}}}};
    return {
        command(QStringLiteral("agent.presence.set"), QStringLiteral("agent:aino.laine"),
                {{QStringLiteral("presence"), QStringLiteral("available")}}),
        command(QStringLiteral("customer.contact.update"), QStringLiteral("customer:42"),
                {{QStringLiteral("expectedVersion"), 5},
                 {QStringLiteral("phone"), QStringLiteral("+358401234567")},
                 {QStringLiteral("email"), QStringLiteral("aino@example.fi")},
                 {QStringLiteral("street"), QStringLiteral("Mannerheimintie 12")},
                 {QStringLiteral("postcode"), QStringLiteral("00100")},
                 {QStringLiteral("city"), QStringLiteral("Helsinki")},
                 {QStringLiteral("language"), QStringLiteral("fi")}}),
        command(QStringLiteral("customer.verification.record"), QStringLiteral("customer:42"),
                {{QStringLiteral("method"), QStringLiteral("card_identified")},
                 {QStringLiteral("passed"), true},
                 {QStringLiteral("cardId"), 4021}}),
        command(QStringLiteral("customer.national_id.reveal"), QStringLiteral("customer:42"),
                {{QStringLiteral("reason"), QStringLiteral("Credit application")}}),
        command(QStringLiteral("customer.address_flag.clear"), QStringLiteral("customer:42"),
                {{QStringLiteral("note"), QStringLiteral("Confirmed by phone")}}),
        command(QStringLiteral("card.lock"), QStringLiteral("card:4021"), cardText),
        command(QStringLiteral("card.unlock"), QStringLiteral("card:4021"), unlock),
        command(QStringLiteral("card.close"), QStringLiteral("card:4021"), close),
        command(QStringLiteral("card.activate"), QStringLiteral("card:4021"), activate),
        command(QStringLiteral("card.controls.set"), QStringLiteral("card:4021"),
                {{QStringLiteral("expectedVersion"), 6},
                 {QStringLiteral("online"), true},
                 {QStringLiteral("abroad"), false},
                 {QStringLiteral("contactless"), true},
                 {QStringLiteral("atm"), true}}),
        command(QStringLiteral("card.limits.set"), QStringLiteral("card:4021"),
                {{QStringLiteral("expectedVersion"), 6},
                 {QStringLiteral("perPurchase"), 50000},
                 {QStringLiteral("daily"), QJsonValue()},
                 {QStringLiteral("dailyCash"), 40000}}),
        command(QStringLiteral("card.replacement.order"), QStringLiteral("card:4021"),
                {{QStringLiteral("expectedVersion"), 6},
                 {QStringLiteral("reason"), QStringLiteral("stolen")},
                 {QStringLiteral("delivery"), QStringLiteral("pickup_point")},
                 {QStringLiteral("pickupPoint"), QStringLiteral("FI-HEL-01")},
                 {QStringLiteral("pinCarriesOver"), false}}),
        command(QStringLiteral("card.pin.reset"), QStringLiteral("card:4021"),
                {{QStringLiteral("expectedVersion"), 6}, {QStringLiteral("byLetter"), true}}),
        command(QStringLiteral("card.not_received"), QStringLiteral("card:4021"),
                {{QStringLiteral("expectedVersion"), 6}}),
        command(QStringLiteral("card.dispute.file"), QStringLiteral("transaction:880123"),
                {{QStringLiteral("workflowId"), 310},
                 {QStringLiteral("reason"), QStringLiteral("not_authorised")},
                 {QStringLiteral("evidence"), QJsonObject{{QStringLiteral("declaration"), true}}},
                 {QStringLiteral("policeReference"), QStringLiteral("2026/112233")}}),
        command(QStringLiteral("card.workflow.start"), QStringLiteral("card:4021"),
                {{QStringLiteral("customerId"), 42},
                 {QStringLiteral("situation"), QStringLiteral("stolen")},
                 {QStringLiteral("conversationId"), 0}}),
        command(QStringLiteral("card.workflow.save"), QStringLiteral("workflow:310"), workflowSave),
        command(QStringLiteral("card.workflow.complete"), QStringLiteral("workflow:310"), workflowSave),
        command(QStringLiteral("card.workflow.abandon"), QStringLiteral("workflow:310"), workflowSave),
        command(QStringLiteral("alert.genuine"), QStringLiteral("alert:17"),
                {{QStringLiteral("alertId"), 17}, {QStringLiteral("note"), QStringLiteral("It was her")}}),
        command(QStringLiteral("alert.fraud"), QStringLiteral("alert:17"),
                {{QStringLiteral("alertId"), 17}, {QStringLiteral("note"), QStringLiteral("Not her")}}),
        command(QStringLiteral("conversation.reply"), QStringLiteral("conversation:4711"),
                {{QStringLiteral("conversationId"), 4711}, {QStringLiteral("body"), QStringLiteral("Hei!")}}),
        command(QStringLiteral("conversation.note"), QStringLiteral("conversation:4711"),
                {{QStringLiteral("conversationId"), 4711}, {QStringLiteral("body"), QStringLiteral("Called back")}}),
        command(QStringLiteral("conversation.assign"), QStringLiteral("conversation:4711"),
                {{QStringLiteral("assignee"), QStringLiteral("aino.laine")},
                 {QStringLiteral("queue"), QString()},
                 {QStringLiteral("conversationIds"), QJsonArray{4711}}}),
        command(QStringLiteral("conversation.status"), QStringLiteral("conversation:4711"),
                {{QStringLiteral("status"), QStringLiteral("resolved")},
                 {QStringLiteral("conversationIds"), QJsonArray{4711}}}),
        command(QStringLiteral("conversation.priority"), QStringLiteral("conversation:4711"),
                {{QStringLiteral("priority"), QStringLiteral("high")},
                 {QStringLiteral("conversationIds"), QJsonArray{4711}}}),
        command(QStringLiteral("conversation.topics"), QStringLiteral("conversation:4711"),
                {{QStringLiteral("topics"), QJsonArray{QStringLiteral("lost_stolen_card")}},
                 {QStringLiteral("conversationIds"), QJsonArray{4711}}}),
        command(QStringLiteral("conversation.csat_answer"), QStringLiteral("conversation:4711"),
                {{QStringLiteral("conversationId"), 4711}, {QStringLiteral("score"), 4}}),
        command(QStringLiteral("conversation.call"), QStringLiteral("customer:42"),
                {{QStringLiteral("customerId"), 42},
                 {QStringLiteral("conversationId"), 0},
                 {QStringLiteral("reason"), QStringLiteral("Card stolen")},
                 {QStringLiteral("notes"), QStringLiteral("Locked")},
                 {QStringLiteral("durationSeconds"), 420}}),
        command(QStringLiteral("conversation.outbound"), QStringLiteral("customer:42"),
                {{QStringLiteral("customerId"), 42},
                 {QStringLiteral("channel"), QStringLiteral("email")},
                 {QStringLiteral("subject"), QStringLiteral("Your new card")},
                 {QStringLiteral("body"), QStringLiteral("On its way")}}),
    };
}

/// What the caller's cache knows: the dispute's card, a conversation's version.
CommandRoute::Context contextFor(const Command &command)
{
    CommandRoute::Context context;
    if (command.type == QLatin1String("card.dispute.file"))
        context.cardId = 4021;
    if (command.subject.startsWith(QLatin1String("conversation:")))
        context.version = 9;
    return context;
}

/// The template with its one parameter filled as a route fills it.
QRegularExpression templatePattern(const QString &pathTemplate)
{
    QString pattern = QRegularExpression::escape(pathTemplate);
    pattern.replace(QRegularExpression(QStringLiteral("\\\\\\{[A-Za-z]+\\\\\\}")), QStringLiteral("[1-9][0-9]*"));
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

} // namespace

class TestCommandRoute : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyRouteIsAPostOfTheContract_data();
    void everyRouteIsAPostOfTheContract();
    void everyCommandTypeOfTheServicesIsRoutedOrServerSide();
    void unknownTypesAreAnErrorNotAGuess();
    void serverSideTypesAreNeverSent();
    void cardCommandsSendTheirExpectedVersionAsIfMatch();
    void aCardCommandWithoutAVersionIsRefused();
    void activationSaysTheCustomerConfirmedReceipt();
    void disputesGoToTheCardAndNameTheTransaction();
    void repliesAndNotesShareOneOperation();
    void conversationCommandsNeedTheCachedVersion();
    void bulkConversationCommandsAreSplitWithStableKeys();
    void aCallWithoutTheCustomersIdTakesItFromTheCache();
    void theRevealedNationalIdIsNotKept();
    void wrongSubjectIsRefused();

private:
    Contract m_contract;
};

void TestCommandRoute::initTestCase()
{
    QString error;
    m_contract = Contract::load(sourceFile("docs/api/openapi.yaml"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The scan found the contract (not an empty file that would pass everything).
    QVERIFY2(m_contract.paths.size() >= 50, qPrintable(QString::number(m_contract.paths.size())));
    QVERIFY(m_contract.posts.contains(QStringLiteral("/v1/cards/{cardId}/lock")));
    QVERIFY(!m_contract.posts.contains(QStringLiteral("/v1/cards/{cardId}")));   // GET only
    QVERIFY(m_contract.posts.value(QStringLiteral("/v1/cards/{cardId}/lock")).ifMatch);
    QVERIFY(!m_contract.posts.value(QStringLiteral("/v1/sessions")).idempotencyKey);
    QCOMPARE(m_contract.schemas.value(QStringLiteral("LockCardCommand")).required,
             QStringList({QStringLiteral("expectedVersion"), QStringLiteral("reason"), QStringLiteral("text")}));
}

void TestCommandRoute::everyRouteIsAPostOfTheContract_data()
{
    QTest::addColumn<Command>("command");
    QSet<QString> covered;
    for (const Command &c : everyCommand()) {
        QTest::addRow("%s", qPrintable(c.type)) << c;
        covered.insert(c.type);
    }
    // The table above covers every routed type.
    const QStringList routed = CommandRoute::routedTypes();
    QCOMPARE(covered, QSet<QString>(routed.cbegin(), routed.cend()));
}

void TestCommandRoute::everyRouteIsAPostOfTheContract()
{
    QFETCH(Command, command);
    QString error;
    const std::optional<CommandRoute> route = CommandRoute::of(command, &error, contextFor(command));
    QVERIFY2(route, qPrintable(error));

    QCOMPARE(route->method(), QStringLiteral("POST"));
    QVERIFY2(m_contract.paths.contains(route->pathTemplate()), qPrintable(route->pathTemplate()));
    QVERIFY2(m_contract.posts.contains(route->pathTemplate()),
             qPrintable(route->pathTemplate() + QStringLiteral(" has no POST")));
    QVERIFY2(templatePattern(route->pathTemplate()).match(route->path()).hasMatch(),
             qPrintable(route->path() + QStringLiteral(" is not ") + route->pathTemplate()));

    // A command: the contract takes an Idempotency-Key, and If-Match exactly where it needs one.
    const Contract::Post post = m_contract.posts.value(route->pathTemplate());
    QVERIFY(post.idempotencyKey);
    QCOMPARE(route->ifMatch().has_value(), post.ifMatch);

    // The body has every required field of the operation's schema and nothing it does not declare.
    QVERIFY2(!post.requestSchema.isEmpty(), qPrintable(route->pathTemplate()));
    QVERIFY2(m_contract.schemas.contains(post.requestSchema), qPrintable(post.requestSchema));
    const Contract::Schema schema = m_contract.schemas.value(post.requestSchema);
    const QJsonObject body = route->body();
    for (const QString &field : schema.required)
        QVERIFY2(body.contains(field), qPrintable(post.requestSchema + QStringLiteral(" needs ") + field));
    QVERIFY(schema.closed);
    for (auto it = body.constBegin(); it != body.constEnd(); ++it)
        QVERIFY2(schema.properties.contains(it.key()),
                 qPrintable(post.requestSchema + QStringLiteral(" has no field ") + it.key()));

    // The outbox keeps exactly this request.
    const OutboxRequest request = route->outboxRequest();
    QCOMPARE(request.path, route->path());
    QCOMPARE(request.body, body);
    QCOMPARE(request.ifMatch, route->ifMatch());
}

void TestCommandRoute::everyCommandTypeOfTheServicesIsRoutedOrServerSide()
{
    // Every type a service makes (Command::make in app/services) has a
    // route or is one the server makes itself: a new command type without a
    // route fails here, not in an agent's outbox.
    static const QRegularExpression typeLiteral(
        QStringLiteral("QStringLiteral\\(\"((?:card|customer|conversation|alert|agent)\\.[a-z_.]+)\"\\)"));
    QDir services(sourceFile("app/services"));
    const QStringList files = services.entryList({QStringLiteral("*.cpp")}, QDir::Files);
    QVERIFY(files.size() >= 5);
    QSet<QString> types;
    for (const QString &name : files) {
        QFile file(services.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (auto it = typeLiteral.globalMatch(text); it.hasNext();)
            types.insert(it.next().captured(1));
    }
    QVERIFY2(types.size() >= 25, qPrintable(QString::number(types.size())));
    const QStringList routed = CommandRoute::routedTypes();
    const QStringList serverSide = CommandRoute::serverSideTypes();
    for (const QString &type : std::as_const(types))
        QVERIFY2(routed.contains(type) || serverSide.contains(type), qPrintable(type + QStringLiteral(" has no route")));
}

void TestCommandRoute::unknownTypesAreAnErrorNotAGuess()
{
    QString error;
    QVERIFY(!CommandRoute::of(command(QStringLiteral("card.teleport"), QStringLiteral("card:1"),
                                      {{QStringLiteral("expectedVersion"), 1}}),
                              &error));
    QVERIFY2(error.contains(QLatin1String("card.teleport")), qPrintable(error));
    error.clear();
    QVERIFY(!CommandRoute::of(command(QString(), QStringLiteral("card:1"), {}), &error));
    QVERIFY(!error.isEmpty());
}

void TestCommandRoute::serverSideTypesAreNeverSent()
{
    for (const QString &type : CommandRoute::serverSideTypes()) {
        QString error;
        QVERIFY(!CommandRoute::of(command(type, QStringLiteral("card:1"), {{QStringLiteral("expectedVersion"), 1}}),
                                  &error));
        QVERIFY2(error.contains(QLatin1String("server")), qPrintable(error));
        QVERIFY(!CommandRoute::routedTypes().contains(type));
    }
}

void TestCommandRoute::cardCommandsSendTheirExpectedVersionAsIfMatch()
{
    QString error;
    const std::optional<CommandRoute> route = CommandRoute::of(
        command(QStringLiteral("card.lock"), QStringLiteral("card:77"),
                {{QStringLiteral("expectedVersion"), 12}, {QStringLiteral("reason"), QStringLiteral("misplaced")},
                 {QStringLiteral("text"), QString()}}),
        &error, CommandRoute::Context{0, 0, 99});   // a cached version never overrides the agent's
    QVERIFY2(route, qPrintable(error));
    QCOMPARE(route->path(), QStringLiteral("/v1/cards/77/lock"));
    QCOMPARE(route->ifMatch(), std::optional<int>(12));
    QCOMPARE(route->versionSource(), CommandRoute::VersionSource::Payload);
    QCOMPARE(route->body().value(QLatin1StringView("expectedVersion")).toInt(), 12);
    QCOMPARE(CommandRoute::ifMatchHeader(12), QByteArray("\"12\""));
}

void TestCommandRoute::aCardCommandWithoutAVersionIsRefused()
{
    QString error;
    QVERIFY(!CommandRoute::of(command(QStringLiteral("card.close"), QStringLiteral("card:77"),
                                      {{QStringLiteral("reason"), QStringLiteral("stolen")}}),
                              &error));
    QVERIFY2(error.contains(QLatin1String("expectedVersion")), qPrintable(error));
}

void TestCommandRoute::activationSaysTheCustomerConfirmedReceipt()
{
    QString error;
    const std::optional<CommandRoute> route = CommandRoute::of(
        command(QStringLiteral("card.activate"), QStringLiteral("card:77"),
                {{QStringLiteral("expectedVersion"), 2}, {QStringLiteral("reason"), QString()},
                 {QStringLiteral("text"), QStringLiteral("customer confirmed receipt")}}),
        &error);
    QVERIFY2(route, qPrintable(error));
    QCOMPARE(route->body().value(QLatin1StringView("customerConfirmedReceipt")), QJsonValue(true));
}

void TestCommandRoute::disputesGoToTheCardAndNameTheTransaction()
{
    const Command dispute = command(QStringLiteral("card.dispute.file"), QStringLiteral("transaction:880123"),
                                    {{QStringLiteral("workflowId"), 310},
                                     {QStringLiteral("reason"), QStringLiteral("duplicate")},
                                     {QStringLiteral("evidence"), QJsonObject{{QStringLiteral("duplicateOf"), 880100}}},
                                     {QStringLiteral("policeReference"), QString()}});
    QString error;
    // The command does not say which card: without the cache's answer it cannot go.
    QVERIFY(!CommandRoute::of(dispute, &error));
    QVERIFY2(error.contains(QLatin1String("cardId")), qPrintable(error));

    CommandRoute::Context context;
    context.cardId = 4021;
    const std::optional<CommandRoute> route = CommandRoute::of(dispute, &error, context);
    QVERIFY2(route, qPrintable(error));
    QCOMPARE(route->path(), QStringLiteral("/v1/cards/4021/disputes"));
    QCOMPARE(route->body().value(QLatin1StringView("transactionId")).toInteger(), 880123);
    QVERIFY(!route->ifMatch());

    // A payload that names the card (a later client) needs no context, and the card stays out of the body.
    Command withCard = dispute;
    withCard.payload.insert(QStringLiteral("cardId"), 5000);
    const std::optional<CommandRoute> direct = CommandRoute::of(withCard, &error);
    QVERIFY2(direct, qPrintable(error));
    QCOMPARE(direct->path(), QStringLiteral("/v1/cards/5000/disputes"));
    QVERIFY(!direct->body().contains(QLatin1StringView("cardId")));
}

void TestCommandRoute::repliesAndNotesShareOneOperation()
{
    QString error;
    const std::optional<CommandRoute> reply = CommandRoute::of(
        command(QStringLiteral("conversation.reply"), QStringLiteral("conversation:8"),
                {{QStringLiteral("conversationId"), 8}, {QStringLiteral("body"), QStringLiteral("Hi")}}),
        &error);
    const std::optional<CommandRoute> note = CommandRoute::of(
        command(QStringLiteral("conversation.note"), QStringLiteral("conversation:8"),
                {{QStringLiteral("conversationId"), 8}, {QStringLiteral("body"), QStringLiteral("Hm")}}),
        &error);
    QVERIFY2(reply && note, qPrintable(error));
    QCOMPARE(reply->path(), QStringLiteral("/v1/conversations/8/messages"));
    QCOMPARE(note->path(), reply->path());
    QCOMPARE(reply->body().value(QLatin1StringView("kind")).toString(), QStringLiteral("reply"));
    QCOMPARE(note->body().value(QLatin1StringView("kind")).toString(), QStringLiteral("note"));
    QVERIFY(!reply->ifMatch());   // messages only append
}

void TestCommandRoute::conversationCommandsNeedTheCachedVersion()
{
    const Command status = command(QStringLiteral("conversation.status"), QStringLiteral("conversation:8"),
                                   {{QStringLiteral("status"), QStringLiteral("closed")},
                                    {QStringLiteral("conversationIds"), QJsonArray{8}}});
    QString error;
    QVERIFY(!CommandRoute::of(status, &error));
    QVERIFY2(error.contains(QLatin1String("version")), qPrintable(error));
    CommandRoute::Context context;
    context.version = 14;
    const std::optional<CommandRoute> route = CommandRoute::of(status, &error, context);
    QVERIFY2(route, qPrintable(error));
    QCOMPARE(route->ifMatch(), std::optional<int>(14));
    QCOMPARE(route->versionSource(), CommandRoute::VersionSource::Context);
}

void TestCommandRoute::bulkConversationCommandsAreSplitWithStableKeys()
{
    const Command bulk = command(QStringLiteral("conversation.priority"), QStringLiteral("conversation:8,9,10"),
                                 {{QStringLiteral("priority"), QStringLiteral("urgent")},
                                  {QStringLiteral("conversationIds"), QJsonArray{8, 9, 10}}});
    QString error;
    CommandRoute::Context context;
    context.version = 1;
    QVERIFY(!CommandRoute::of(bulk, &error, context));
    QVERIFY2(error.contains(QLatin1String("split")), qPrintable(error));

    const QList<Command> parts = CommandRoute::perConversation(bulk);
    QCOMPARE(parts.size(), 3);
    QSet<QUuid> ids;
    for (int i = 0; i < parts.size(); ++i) {
        const Command &part = parts.at(i);
        QCOMPARE(part.subject, QStringLiteral("conversation:%1").arg(8 + i));
        QCOMPARE(part.payload.value(QLatin1StringView("conversationIds")).toArray(), QJsonArray{8 + i});
        QCOMPARE(part.type, bulk.type);
        ids.insert(part.id);
        const std::optional<CommandRoute> route = CommandRoute::of(part, &error, context);
        QVERIFY2(route, qPrintable(error));
        QCOMPARE(route->path(), QStringLiteral("/v1/conversations/%1/priority").arg(8 + i));
    }
    QCOMPARE(ids.size(), 3);
    QVERIFY(!ids.contains(bulk.id));
    // Splitting again (after a restart, say) gives the same keys: the server dedups them.
    const QList<Command> again = CommandRoute::perConversation(bulk);
    for (int i = 0; i < parts.size(); ++i)
        QCOMPARE(again.at(i).id, parts.at(i).id);
    // A command about one conversation, or of another type, is left as it is.
    const Command one = command(QStringLiteral("conversation.reply"), QStringLiteral("conversation:8"), {});
    QCOMPARE(CommandRoute::perConversation(one).size(), 1);
    QCOMPARE(CommandRoute::perConversation(one).constFirst().id, one.id);
}

void TestCommandRoute::aCallWithoutTheCustomersIdTakesItFromTheCache()
{
    const Command call = command(QStringLiteral("conversation.call"), QStringLiteral("conversation:8"),
                                 {{QStringLiteral("customerId"), 0},
                                  {QStringLiteral("conversationId"), 8},
                                  {QStringLiteral("reason"), QStringLiteral("Card")},
                                  {QStringLiteral("notes"), QString()},
                                  {QStringLiteral("durationSeconds"), 60}});
    QString error;
    QVERIFY(!CommandRoute::of(call, &error));
    QVERIFY2(error.contains(QLatin1String("customerId")), qPrintable(error));
    CommandRoute::Context context;
    context.customerId = 42;
    const std::optional<CommandRoute> route = CommandRoute::of(call, &error, context);
    QVERIFY2(route, qPrintable(error));
    QCOMPARE(route->path(), QStringLiteral("/v1/customers/42/calls"));
    QCOMPARE(route->body().value(QLatin1StringView("customerId")).toInteger(), 42);
}

void TestCommandRoute::theRevealedNationalIdIsNotKept()
{
    QVERIFY(!CommandRoute::keepsResponse(QStringLiteral("customer.national_id.reveal")));
    QVERIFY(CommandRoute::keepsResponse(QStringLiteral("card.lock")));
}

void TestCommandRoute::wrongSubjectIsRefused()
{
    QString error;
    QVERIFY(!CommandRoute::of(command(QStringLiteral("card.lock"), QStringLiteral("customer:77"),
                                      {{QStringLiteral("expectedVersion"), 1}}),
                              &error));
    QVERIFY2(error.contains(QLatin1String("customer:77")), qPrintable(error));
    QVERIFY(!CommandRoute::of(command(QStringLiteral("card.lock"), QStringLiteral("card:abc"),
                                      {{QStringLiteral("expectedVersion"), 1}}),
                              &error));
}

QTEST_GUILESS_MAIN(TestCommandRoute)
#include "tst_commandroute.moc"
