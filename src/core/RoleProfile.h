#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Anchorline {

// A competency that the secondary source says commands a pay premium for a role.
struct SkillPremium
{
    enum class Impact
    {
        High,
        Medium
    };

    QString name;        // "Deep Learning Frameworks"
    QString description; // one sentence, as the source words it
    Impact impact = Impact::High;
};

// One step of a typical career path: "Senior AI Engineer" — "Lead AI architecture and research initiatives".
struct CareerStep
{
    QString title;
    QString summary;
};

// A reason the source gives for two roles being paid differently.
struct PayDriver
{
    QString title;       // "Specialization Premium"
    QString explanation; // one or two sentences
};

// Qualitative career content for a role from the product brief (a secondary source, not government data):
// skills that drive pay, the typical path, where pay growth slows and common transitions. Pay figures for
// the same roles are in MarketStore::techMarketFigures(); `techMarketRole` is the role name used there.
struct RoleProfile
{
    QString id;             // "ai-engineer"
    QString displayName;    // translated: "AI Engineer"
    QString techMarketRole; // "AI Engineer", as in TechMarketFigure::role
    QString soc;            // SOC 2018 occupation used for government figures ("15-1252")
    QString socNote;        // why this occupation stands in for the role (empty when it is the exact match)
    QList<SkillPremium> skills;
    QList<CareerStep> careerPath;
    QString plateau;     // when compensation growth slows
    QString transitions; // common career transitions
};

namespace RoleProfiles {

// Every profile from the brief: AI Engineer and Software Engineer.
const QList<RoleProfile>& all();
// By id or by display/tech-market name, case-insensitive; nullptr when there is none.
const RoleProfile* find(QStringView idOrName);
// The brief's reasons for the pay difference between two profiled roles (in either order); empty when the
// source compares no such pair.
QList<PayDriver> payDrivers(QStringView firstId, QStringView secondId);

// Where this content comes from, for labels: the source page title, the date it states, and the document.
QString sourceTitle();    // "Ai Engineer vs Software Engineer Salary (2026)"
QString sourceAsOf();     // "January 2026"
QString sourceDocument(); // "000_57d1a90a86522800.txt"
// "Secondary source: Ai Engineer vs Software Engineer Salary (2026), last updated January 2026" (translated)
QString sourceCaption();

QString impactName(SkillPremium::Impact impact); // translated "HIGH IMPACT", "MEDIUM IMPACT"

} // namespace RoleProfiles
} // namespace Anchorline
