#include "NegotiationHistoryModel.h"
#include "SessionSamples.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;
using Outcome = Session::HistoryEntry::Outcome;

class TestNegotiationHistoryModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void showsTheRounds();
    void editsEveryColumn();
    void badAmountIsRefusedNamingTheCell();
    void insertAndRemove();
    void newEntryTakesTheLastCurrency();

private:
    NegotiationHistoryModel m_model;
    QString cell(int row, int column, int role = Qt::DisplayRole) const
    {
        return m_model.data(m_model.index(row, column), role).toString();
    }
};

void TestNegotiationHistoryModel::init()
{
    m_model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    m_model.setHistory(SessionSamples::fullSession().history);
}

void TestNegotiationHistoryModel::showsTheRounds()
{
    QAbstractItemModelTester tester(&m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_model.rowCount(), 2);
    QCOMPARE(m_model.columnCount(), int(NegotiationHistoryModel::ColumnCount));
    QCOMPARE(cell(0, NegotiationHistoryModel::DateColumn), u"11/18/26"_s);
    QCOMPARE(m_model.data(m_model.index(0, NegotiationHistoryModel::DateColumn), Qt::EditRole).toDate(),
             QDate(2026, 11, 18));
    QCOMPARE(cell(0, NegotiationHistoryModel::AskedColumn), u"Base $195,000 to match Contoso"_s);
    QCOMPARE(cell(0, NegotiationHistoryModel::AskedAmountColumn), u"$195,000"_s);
    QCOMPARE(cell(0, NegotiationHistoryModel::OutcomeColumn), u"Countered"_s);
    QCOMPARE(cell(0, NegotiationHistoryModel::AnswerColumn, Qt::ToolTipRole),
             u"Base firm; second-year sign-on $10,000.50"_s);
    QCOMPARE(m_model.data(m_model.index(0, NegotiationHistoryModel::OutcomeColumn), Qt::EditRole).toInt(),
             int(Outcome::Countered));
    // The pending round has no amounts and no answer yet.
    QCOMPARE(cell(1, NegotiationHistoryModel::AskedAmountColumn), QString());
    QCOMPARE(cell(1, NegotiationHistoryModel::AnswerColumn), QString());
    QCOMPARE(cell(1, NegotiationHistoryModel::OutcomeColumn), u"Pending"_s);
    QCOMPARE(m_model.headerData(NegotiationHistoryModel::AnswerAmountColumn, Qt::Horizontal).toString(),
             u"Answer amount"_s);
}

void TestNegotiationHistoryModel::editsEveryColumn()
{
    QAbstractItemModelTester tester(&m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy edited(&m_model, &NegotiationHistoryModel::entryEdited);
    QSignalSpy changed(&m_model, &NegotiationHistoryModel::historyChanged);
    const auto set = [&](int column, const QVariant& value) {
        return m_model.setData(m_model.index(1, column), value);
    };
    QVERIFY(set(NegotiationHistoryModel::DateColumn, QDate(2026, 11, 26)));
    QVERIFY(set(NegotiationHistoryModel::AskedAmountColumn, u"40k"_s));
    QVERIFY(set(NegotiationHistoryModel::AnswerColumn, u"Refreshers from year 2, $30,000 a year"_s));
    QVERIFY(set(NegotiationHistoryModel::AnswerAmountColumn, u"$30,000.50"_s));
    QVERIFY(set(NegotiationHistoryModel::OutcomeColumn, int(Outcome::Accepted)));
    QCOMPARE(edited.size(), 5);
    QCOMPARE(changed.size(), 5);

    const Session::HistoryEntry& entry = m_model.history().at(1);
    QCOMPARE(entry.date, QDate(2026, 11, 26));
    QCOMPARE(entry.askedAmount, Money::fromMajor(40'000));
    QCOMPARE(entry.answerAmount, Money::fromMinor(3'000'050));
    QCOMPARE(entry.answer, u"Refreshers from year 2, $30,000 a year"_s);
    QCOMPARE(entry.outcome, Outcome::Accepted);
    QCOMPARE(cell(1, NegotiationHistoryModel::AnswerAmountColumn), u"$30,000.50"_s);

    // The last edit is announced with the entry before and after it, for undo.
    const auto before = edited.last().at(1).value<Session::HistoryEntry>();
    const auto after = edited.last().at(2).value<Session::HistoryEntry>();
    QCOMPARE(edited.last().at(0).toInt(), 1);
    QCOMPARE(before.outcome, Outcome::Pending);
    QCOMPARE(after, entry);

    // Clearing an amount makes it absent, not zero; the same value again is no edit.
    QVERIFY(set(NegotiationHistoryModel::AskedAmountColumn, u"  "_s));
    QCOMPARE(m_model.history().at(1).askedAmount, std::nullopt);
    QVERIFY(set(NegotiationHistoryModel::OutcomeColumn, int(Outcome::Accepted)));
    QCOMPARE(edited.size(), 6);
}

void TestNegotiationHistoryModel::badAmountIsRefusedNamingTheCell()
{
    QSignalSpy rejected(&m_model, &NegotiationHistoryModel::editRejected);
    QSignalSpy edited(&m_model, &NegotiationHistoryModel::entryEdited);
    QVERIFY(!m_model.setData(m_model.index(0, NegotiationHistoryModel::AnswerAmountColumn), u"ten grand"_s));
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().first().toString(),
             u"History row 1, Answer amount: enter an amount such as 187500, 187,500 or 187.5k"_s);
    QVERIFY(!m_model.setData(m_model.index(1, NegotiationHistoryModel::AskedAmountColumn), u"-5000"_s));
    QCOMPARE(rejected.last().first().toString(),
             u"History row 2, Asked amount: the amount may not be negative"_s);
    QVERIFY(!m_model.setData(m_model.index(1, NegotiationHistoryModel::OutcomeColumn), 7));
    QCOMPARE(edited.size(), 0);
    QCOMPARE(m_model.history(), SessionSamples::fullSession().history);
}

void TestNegotiationHistoryModel::insertAndRemove()
{
    QAbstractItemModelTester tester(&m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&m_model, &NegotiationHistoryModel::historyChanged);
    const auto entry = m_model.newEntry(QDate(2026, 11, 27));
    m_model.insertEntry(2, entry);
    QCOMPARE(m_model.rowCount(), 3);
    QCOMPARE(cell(2, NegotiationHistoryModel::DateColumn), u"11/27/26"_s);
    QCOMPARE(cell(2, NegotiationHistoryModel::OutcomeColumn), u"Pending"_s);
    m_model.removeEntry(0);
    QCOMPARE(m_model.rowCount(), 2);
    QCOMPARE(cell(0, NegotiationHistoryModel::AskedColumn), u"Refreshers from year 1"_s);
    QCOMPARE(changed.size(), 2);
}

void TestNegotiationHistoryModel::newEntryTakesTheLastCurrency()
{
    auto history = SessionSamples::fullSession().history;
    history.last().currency = u"EUR"_s;
    m_model.setHistory(history);
    QCOMPARE(m_model.newEntry(QDate(2026, 12, 1)).currency, u"EUR"_s);
    QVERIFY(m_model.setData(m_model.index(1, NegotiationHistoryModel::AskedAmountColumn), u"95000"_s));
    QCOMPARE(m_model.history().at(1).askedAmount, Money::fromMajor(95'000, u"EUR"_s));
    m_model.setHistory({});
    QCOMPARE(m_model.newEntry(QDate(2026, 12, 1)).currency, u"USD"_s);
    QCOMPARE(m_model.newEntry(QDate(2026, 12, 1)).outcome, Outcome::Pending);
}

QTEST_APPLESS_MAIN(TestNegotiationHistoryModel)
#include "TestNegotiationHistoryModel.moc"
