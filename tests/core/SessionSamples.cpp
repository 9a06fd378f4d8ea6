#include "SessionSamples.h"

#include <QCryptographicHash>
#include <QFile>

using namespace Anchorline;
using namespace Qt::StringLiterals;

namespace SessionSamples {

Session fullSession()
{
    Offer northwind;
    northwind.company = u"Northwind Robotics"_s;
    northwind.role = u"Senior Software Engineer"_s;
    northwind.roleSoc = u"15-1252"_s;
    northwind.level = CareerLevel::Senior;
    northwind.location = u"Seattle, WA"_s;
    northwind.startDate = QDate(2027, 1, 11);
    northwind.base = Money::fromMajor(182'000);
    northwind.raiseBasisPoints = 300;
    northwind.bonusBasisPoints = 1000;
    northwind.signOn.amount = Money::fromMajor(20'000);
    northwind.signOn.year2Amount = Money::fromMajor(10'000);
    northwind.signOn.clawbackMonths = 12;
    northwind.signOn.clawback = ClawbackRule::ProRata;
    northwind.equity.grant = Money::fromMajor(240'000);
    northwind.equity.schedule = *VestingSchedule::preset(u"standard-quarterly");
    northwind.refresh.yearlyGrant = Money::fromMajor(40'000);

    Offer contoso;
    contoso.company = u"Contoso Cloud"_s;
    contoso.role = u"Senior Software Engineer"_s;
    contoso.level = CareerLevel::Senior;
    contoso.location = u"Seattle, WA"_s;
    contoso.startDate = QDate(2027, 1, 4);
    contoso.base = Money::fromMajor(195'000);
    contoso.bonusBasisPoints = 1500;
    contoso.signOn.amount = Money::fromMajor(15'000);
    contoso.signOn.clawbackMonths = 12;
    contoso.equity.grant = Money::fromMajor(320'000);
    contoso.equity.schedule = *VestingSchedule::preset(u"5/15/40/40");

    Session session;
    session.clientName = u"Zoë Núñez-Okafor"_s;
    session.notes = u"Two offers; prefers Seattle.\nRecruiter says base is “firm”."_s;
    session.currentPay.base = Money::fromMajor(158'000);
    session.currentPay.bonus = Money::fromMinor(1'200'050);
    session.currentPay.equityPerYear = Money::fromMajor(30'000);
    session.target.base = Money::fromMajor(195'000);
    session.target.total = Money::fromMajor(290'000);
    session.offers = {{u"Offer A — Northwind"_s, northwind}, {u"Offer B — Contoso"_s, contoso}};
    session.negotiatedOffer = 0;
    session.competingOffer = 1;
    session.negotiation.strategyId = u"competing-offer"_s;
    session.negotiation.tone = EmailTone::Formal;
    session.negotiation.targetPercentile = 80;
    session.negotiation.companyStage = CompanyStage::Public;
    session.negotiation.baseCapped = true;
    session.negotiation.forfeitedCompensation = Money::fromMajor(18'500);
    session.negotiation.decisionDeadline = QDate(2026, 12, 4);
    session.negotiation.recruiterName = u"Priya Raman"_s;
    session.email.subject = u"Northwind offer — next steps"_s;
    session.email.body = u"Hi Priya,\n\nThank you — I’m excited about the role.\n\nBest,\nZoë"_s;
    session.email.userEdited = true;

    Session::HistoryEntry asked;
    asked.date = QDate(2026, 11, 18);
    asked.asked = u"Base $195,000 to match Contoso"_s;
    asked.askedAmount = Money::fromMajor(195'000);
    asked.answer = u"Base firm; second-year sign-on $10,000.50"_s;
    asked.answerAmount = Money::fromMinor(1'000'050);
    asked.outcome = Session::HistoryEntry::Outcome::Countered;
    Session::HistoryEntry pending;
    pending.date = QDate(2026, 11, 25);
    pending.asked = u"Refreshers from year 1"_s;
    session.history = {asked, pending};
    return session;
}

QString dataPath(const QString& name)
{
    return QStringLiteral(ANCHORLINE_SOURCE_DIR) + u"/tests/data/sessions/"_s + name;
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace SessionSamples
