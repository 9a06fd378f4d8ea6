#include "Session.h"
#include "SessionSamples.h"

#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void sampleIsValid();
    void validateNamesTheField_data();
    void validateNamesTheField();
    void offerLabels();
    void negotiationInputCarriesTheChoices();
    void outcomeIds();
};

void TestSession::sampleIsValid()
{
    const auto errors = SessionSamples::fullSession().validate();
    QVERIFY2(errors.isEmpty(), qPrintable(FieldError::joined(errors)));
}

void TestSession::validateNamesTheField_data()
{
    QTest::addColumn<int>("negotiated");
    QTest::addColumn<int>("competing"); // -1: none
    QTest::addColumn<int>("percentile");
    QTest::addColumn<QString>("expected");
    QTest::newRow("negotiated out of range")
        << 2 << -1 << 75 << u"negotiated_offer: offer 3 does not exist; the session has 2 offer(s)"_s;
    QTest::newRow("competing out of range")
        << 0 << 5 << 75 << u"competing_offer: offer 6 does not exist; the session has 2 offer(s)"_s;
    QTest::newRow("competing itself")
        << 1 << 1 << 75 << u"competing_offer: an offer cannot be its own competing offer"_s;
    QTest::newRow("percentile") << 0 << 1 << 5 << u"negotiation.target_percentile: 5 is outside 10 … 90"_s;
}

void TestSession::validateNamesTheField()
{
    QFETCH(int, negotiated);
    QFETCH(int, competing);
    QFETCH(int, percentile);
    QFETCH(QString, expected);
    Session session = SessionSamples::fullSession();
    session.negotiatedOffer = negotiated;
    session.competingOffer = competing < 0 ? std::nullopt : std::optional<int>(competing);
    session.negotiation.targetPercentile = percentile;
    QCOMPARE(FieldError::joined(session.validate()), expected);
}

void TestSession::offerLabels()
{
    Session session = SessionSamples::fullSession();
    QCOMPARE(session.offerDisplayLabel(0), u"Offer A — Northwind"_s);
    session.offers[1].label.clear();
    QCOMPARE(session.offerDisplayLabel(1), u"Offer 2 — Contoso Cloud"_s);
    session.offers[1].offer.company.clear();
    QCOMPARE(session.offerDisplayLabel(1), u"Offer 2"_s);
}

void TestSession::negotiationInputCarriesTheChoices()
{
    const Session session = SessionSamples::fullSession();
    const NegotiationInput input = session.negotiationInput();
    QCOMPARE(input.offer.company, u"Northwind Robotics"_s);
    QVERIFY(input.competingOffer.has_value());
    QCOMPARE(input.competingOffer->base, Money::fromMajor(195'000));
    QCOMPARE(input.targetPercentile, 80);
    QCOMPARE(input.strategyId, u"competing-offer"_s);
    QCOMPARE(input.tone, EmailTone::Formal);
    QCOMPARE(input.companyStage, CompanyStage::Public);
    QVERIFY(input.baseCapped);
    QCOMPARE(input.forfeitedCompensation, Money::fromMajor(18'500));
    QCOMPARE(input.decisionDeadline, QDate(2026, 12, 4));
    QCOMPARE(input.userName, u"Zoë Núñez-Okafor"_s);
    QCOMPARE(input.recruiterName, u"Priya Raman"_s);
    // Only for the "revealing current pay" warning; the engine never writes it into an email.
    QCOMPARE(input.currentPay, std::optional<Money>(Money::fromMajor(158'000)));
    QVERIFY(input.editedEmailText.contains(u"I’m excited about the role"_s));
    QVERIFY(!input.band.has_value());
}

void TestSession::outcomeIds()
{
    using Outcome = Session::HistoryEntry::Outcome;
    for (const auto outcome : {Outcome::Pending, Outcome::Accepted, Outcome::Countered, Outcome::Declined})
        QCOMPARE(Session::HistoryEntry::outcomeFromId(Session::HistoryEntry::outcomeId(outcome)), outcome);
    QCOMPARE(Session::HistoryEntry::outcomeId(Outcome::Countered), u"countered"_s);
    QVERIFY(!Session::HistoryEntry::outcomeFromId(u"won").has_value());
}

QTEST_APPLESS_MAIN(TestSession)
#include "TestSession.moc"
