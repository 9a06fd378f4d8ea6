#include "RoleProfile.h"

#include <QTest>

using namespace Anchorline;

class TestRoleProfile : public QObject
{
    Q_OBJECT

private slots:
    void profilesFromTheBrief();
    void findByIdOrName();
    void payDriversForThePairOnly();
    void sourceLabels();
};

void TestRoleProfile::profilesFromTheBrief()
{
    QCOMPARE(RoleProfiles::all().size(), 2);
    const RoleProfile* ai = RoleProfiles::find(u"ai-engineer");
    QVERIFY(ai);
    QCOMPARE(ai->skills.size(), 4);
    QCOMPARE(ai->skills[0].name, QStringLiteral("Deep Learning Frameworks"));
    for (const SkillPremium& skill : ai->skills)
        QCOMPARE(skill.impact, SkillPremium::Impact::High);
    QCOMPARE(ai->careerPath.size(), 4);
    QCOMPARE(ai->careerPath.last().title, QStringLiteral("Principal AI Engineer"));
    QVERIFY(ai->plateau.contains(QStringLiteral("specialization becomes too narrow")));
    QVERIFY(ai->transitions.contains(QStringLiteral("ML research")));

    const RoleProfile* software = RoleProfiles::find(u"software-engineer");
    QVERIFY(software);
    QCOMPARE(software->soc, QStringLiteral("15-1252"));
    QCOMPARE(software->skills.size(), 4);
    QCOMPARE(software->skills[2].name, QStringLiteral("Full-Stack Development"));
    QCOMPARE(software->skills[2].impact, SkillPremium::Impact::Medium);
    QCOMPARE(software->skills[3].impact, SkillPremium::Impact::Medium);
    QCOMPARE(software->careerPath[3].title, QStringLiteral("Staff/Principal Engineer"));
}

void TestRoleProfile::findByIdOrName()
{
    QCOMPARE(RoleProfiles::find(u"AI Engineer")->id, QStringLiteral("ai-engineer"));
    QCOMPARE(RoleProfiles::find(u"  software engineer ")->id, QStringLiteral("software-engineer"));
    QVERIFY(!RoleProfiles::find(u"Data Scientist"));
}

void TestRoleProfile::payDriversForThePairOnly()
{
    const QList<PayDriver> drivers = RoleProfiles::payDrivers(u"ai-engineer", u"software-engineer");
    QCOMPARE(drivers.size(), 5);
    QCOMPARE(drivers[0].title, QStringLiteral("Specialization Premium"));
    QCOMPARE(drivers[4].title, QStringLiteral("Educational Requirements"));
    QCOMPARE(RoleProfiles::payDrivers(u"software-engineer", u"ai-engineer").size(), 5);
    QVERIFY(RoleProfiles::payDrivers(u"ai-engineer", u"ai-engineer").isEmpty());
    QVERIFY(RoleProfiles::payDrivers(u"ai-engineer", u"15-1252").isEmpty());
}

void TestRoleProfile::sourceLabels()
{
    QCOMPARE(RoleProfiles::sourceCaption(),
             QStringLiteral(
                 "Secondary source: Ai Engineer vs Software Engineer Salary (2026), last updated January "
                 "2026"));
    QCOMPARE(RoleProfiles::impactName(SkillPremium::Impact::High), QStringLiteral("HIGH IMPACT"));
    QCOMPARE(RoleProfiles::impactName(SkillPremium::Impact::Medium), QStringLiteral("MEDIUM IMPACT"));
}

QTEST_APPLESS_MAIN(TestRoleProfile)
#include "TestRoleProfile.moc"
