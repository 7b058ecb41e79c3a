// CustomerSearchModel against a scripted service: answers arrive when the
// test says so, in any order, so staleness and paging are checked exactly.

#include "lookup/customersearchmodel.h"

#include "services/customerservice.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QPromise>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

namespace {

class ScriptedCustomerService : public CustomerService
{
public:
    struct Pending
    {
        SearchRequest request;
        QPromise<SearchPage> promise;
    };

    QFuture<SearchPage> search(const SearchRequest &request) override
    {
        auto pending = std::make_unique<Pending>();
        pending->request = request;
        pending->promise.start();
        QFuture<SearchPage> future = pending->promise.future();
        m_pending.push_back(std::move(pending));
        return future;
    }

    QFuture<CustomerResult> customer(qint64) override
    {
        return QtFuture::makeReadyFuture(CustomerResult{});
    }

    QFuture<CommandResult> updateContactDetails(qint64, int, const ContactDetails &) override
    {
        return QtFuture::makeReadyFuture(CommandResult{});
    }

    QFuture<RevealResult> revealNationalId(qint64, const QString &) override
    {
        return QtFuture::makeReadyFuture(RevealResult{});
    }

    int pendingCount() const { return int(m_pending.size()); }
    const SearchRequest &request(int i) const { return m_pending.at(size_t(i))->request; }

    /// Answers request @p i with @p count rows named "<text> <n>".
    void answer(int i, int count, bool hasMore = false, const QString &error = QString(), bool superseded = false)
    {
        Pending &p = *m_pending.at(size_t(i));
        SearchPage page;
        page.text = p.request.text;
        page.superseded = superseded;
        page.error = error;
        page.hasMore = hasMore;
        const int offset = p.request.cursor.toInt();
        if (hasMore)
            page.nextCursor = QString::number(offset + count);
        if (!superseded && error.isEmpty()) {
            for (int n = 0; n < count; ++n) {
                CustomerSummary s;
                s.id = offset + n + 1;
                s.name = QStringLiteral("%1 %2").arg(p.request.text).arg(offset + n + 1);
                s.customerNumber = QString::number(100000 + offset + n);
                s.cardLast4s = QStringLiteral("1234 5678");
                s.badges = n % 2 ? CustomerSummary::HasLockedCard : CustomerSummary::NoBadge;
                s.tier = n % 3 ? LoyaltyTier::Basic : LoyaltyTier::Gold;
                page.rows.append(s);
            }
        }
        p.promise.addResult(page);
        p.promise.finish();
    }

private:
    std::vector<std::unique_ptr<Pending>> m_pending;
};

} // namespace

class TestCustomerSearchModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void answerIsShown();
    void staleAnswerIsDropped();
    void supersededAnswerIsDropped();
    void sameTextIsNotSearchedAgain();
    void emptyTextClears();
    void emptyResultAndError();
    void fetchMoreKeepsOnePageInFlight();
    void blockedFetchMoreWaits();
    void pageOfOldQueryIsDropped();
    void rawValueRoles();

private:
    std::unique_ptr<ScriptedCustomerService> m_service;
    std::unique_ptr<CustomerSearchModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestCustomerSearchModel::initTestCase()
{
    TestSupport::pinEnvironment();
}

void TestCustomerSearchModel::init()
{
    m_service = std::make_unique<ScriptedCustomerService>();
    m_model = std::make_unique<CustomerSearchModel>(m_service.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestCustomerSearchModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_service.reset();
}

void TestCustomerSearchModel::answerIsShown()
{
    QSignalSpy finished(m_model.get(), &CustomerSearchModel::searchFinished);
    m_model->setQuery(QStringLiteral("  Virtanen "));
    QCOMPARE(m_service->pendingCount(), 1);
    QCOMPARE(m_service->request(0).text, QStringLiteral("Virtanen"));
    QCOMPARE(m_service->request(0).cursor, QString());
    QCOMPARE(m_service->request(0).limit, CustomerSearchModel::PageSize);
    QVERIFY(m_model->isBusy());
    QCOMPARE(m_model->state(), CustomerSearchModel::State::Searching);

    m_service->answer(0, 3);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("Virtanen"));
    QCOMPARE(finished.at(0).at(1).toInt(), 3);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->index(0, CustomerSearchModel::Name).data().toString(), QStringLiteral("Virtanen 1"));
    QCOMPARE(m_model->state(), CustomerSearchModel::State::Results);
    QVERIFY(!m_model->isBusy());
}

void TestCustomerSearchModel::staleAnswerIsDropped()
{
    QSignalSpy finished(m_model.get(), &CustomerSearchModel::searchFinished);
    m_model->setQuery(QStringLiteral("Vir"));
    m_model->setQuery(QStringLiteral("Virta"));
    QCOMPARE(m_service->pendingCount(), 2);

    // The newer answer first, then the older one arrives late.
    m_service->answer(1, 2);
    QTRY_COMPARE(finished.count(), 1);
    m_service->answer(0, 7);
    QTest::qWait(50);

    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("Virta"));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(1, CustomerSearchModel::Name).data().toString(), QStringLiteral("Virta 2"));
}

void TestCustomerSearchModel::supersededAnswerIsDropped()
{
    QSignalSpy finished(m_model.get(), &CustomerSearchModel::searchFinished);
    m_model->setQuery(QStringLiteral("Kor"));
    m_model->setQuery(QStringLiteral("Korh"));
    m_service->answer(0, 0, false, QString(), true);
    m_service->answer(1, 4);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("Korh"));
    QCOMPARE(m_model->rowCount(), 4);
}

void TestCustomerSearchModel::sameTextIsNotSearchedAgain()
{
    m_model->setQuery(QStringLiteral("Aino"));
    m_model->setQuery(QStringLiteral("Aino "));
    QCOMPARE(m_service->pendingCount(), 1);
}

void TestCustomerSearchModel::emptyTextClears()
{
    QSignalSpy finished(m_model.get(), &CustomerSearchModel::searchFinished);
    m_model->setQuery(QStringLiteral("Aino"));
    m_service->answer(0, 5);
    QTRY_COMPARE(m_model->rowCount(), 5);

    m_model->setQuery(QStringLiteral("Ainox"));
    m_model->setQuery(QString());
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->state(), CustomerSearchModel::State::Idle);
    QVERIFY(!m_model->isBusy());
    m_service->answer(1, 3);   // arrives after the field was cleared
    QTest::qWait(50);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(finished.count(), 1);
}

void TestCustomerSearchModel::emptyResultAndError()
{
    QSignalSpy errors(m_model.get(), &CustomerSearchModel::errorChanged);
    m_model->setQuery(QStringLiteral("zzz"));
    m_service->answer(0, 0);
    QTRY_COMPARE(m_model->state(), CustomerSearchModel::State::Empty);

    m_model->setQuery(QStringLiteral("zzzz"));
    m_service->answer(1, 0, false, QStringLiteral("The database is busy."));
    QTRY_COMPARE(m_model->state(), CustomerSearchModel::State::Error);
    QCOMPARE(m_model->errorString(), QStringLiteral("The database is busy."));
    QVERIFY(!errors.isEmpty());

    // The same text again is a retry after an error.
    m_model->setQuery(QStringLiteral("zzzz"));
    QCOMPARE(m_service->pendingCount(), 3);
    QVERIFY(m_model->errorString().isEmpty());
}

void TestCustomerSearchModel::fetchMoreKeepsOnePageInFlight()
{
    m_model->setQuery(QStringLiteral("Nieminen"));
    QVERIFY(!m_model->canFetchMore(QModelIndex()));   // first page still on its way
    m_service->answer(0, CustomerSearchModel::PageSize, true);
    QTRY_COMPARE(m_model->rowCount(), CustomerSearchModel::PageSize);
    QVERIFY(m_model->hasMore());

    // Views (and QAbstractItemModelTester) may ask for more as often as they
    // like: exactly one request for the next page goes out.
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->fetchMore(QModelIndex());
    m_model->fetchMore(QModelIndex());
    QCOMPARE(m_service->pendingCount(), 2);
    QCOMPARE(m_service->request(1).text, QStringLiteral("Nieminen"));
    QCOMPARE(m_service->request(1).cursor, QString::number(CustomerSearchModel::PageSize));
    QVERIFY(!m_model->canFetchMore(QModelIndex()));

    m_service->answer(1, 10, false);
    QTRY_COMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowCount(), CustomerSearchModel::PageSize + 10);
    QVERIFY(!m_model->hasMore());
    QVERIFY(!m_model->canFetchMore(QModelIndex()));
}

void TestCustomerSearchModel::blockedFetchMoreWaits()
{
    m_model->setQuery(QStringLiteral("Salo"));
    m_service->answer(0, CustomerSearchModel::PageSize, true);
    QTRY_COMPARE(m_model->rowCount(), CustomerSearchModel::PageSize);
    const int before = m_service->pendingCount();
    m_model->setFetchMoreBlocked(true);
    QVERIFY(!m_model->canFetchMore(QModelIndex()));
    m_model->fetchMore(QModelIndex());
    QCOMPARE(m_service->pendingCount(), before);
    m_model->setFetchMoreBlocked(false);
    QCOMPARE(m_model->canFetchMore(QModelIndex()), before == 1);
}

void TestCustomerSearchModel::pageOfOldQueryIsDropped()
{
    m_model->setQuery(QStringLiteral("Laine"));
    m_service->answer(0, CustomerSearchModel::PageSize, true);
    QTRY_COMPARE(m_model->rowCount(), CustomerSearchModel::PageSize);
    m_model->fetchMore(QModelIndex());
    QCOMPARE(m_service->pendingCount(), 2);   // the next page of "Laine"

    m_model->setQuery(QStringLiteral("Lainen"));
    QCOMPARE(m_service->pendingCount(), 3);
    m_service->answer(1, 20, false);   // the old query's second page arrives late
    m_service->answer(2, 3);
    QTRY_COMPARE(m_model->query(), QStringLiteral("Lainen"));
    QTRY_COMPARE(m_model->rowCount(), 3);
    QTest::qWait(20);
    QCOMPARE(m_model->rowCount(), 3);
}

void TestCustomerSearchModel::rawValueRoles()
{
    m_model->setQuery(QStringLiteral("Roles"));
    m_service->answer(0, 2);
    QTRY_COMPARE(m_model->rowCount(), 2);
    const QModelIndex first = m_model->index(0, CustomerSearchModel::Status);
    QCOMPARE(first.data(CustomerSearchModel::CustomerIdRole).toLongLong(), 1);
    QCOMPARE(first.data(CustomerSearchModel::TierRole).toInt(), int(LoyaltyTier::Gold));
    const QModelIndex second = m_model->index(1, CustomerSearchModel::Name);
    QCOMPARE(second.data(CustomerSearchModel::BadgesRole).toInt(), int(CustomerSummary::HasLockedCard));
    QCOMPARE(m_model->customerIdFromIndex(second), 2);
    QCOMPARE(m_model->indexFromCustomerId(2).row(), 1);
    QCOMPARE(m_model->index(0, CustomerSearchModel::Cards).data().toString(), QStringLiteral("1234 · 5678"));
    QCOMPARE(m_model->index(1, CustomerSearchModel::Status).data().toString(), QStringLiteral("Locked card"));
}

QTEST_MAIN(TestCustomerSearchModel)
#include "tst_customersearchmodel.moc"
