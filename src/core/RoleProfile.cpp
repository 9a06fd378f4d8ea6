#include "RoleProfile.h"

#include <QCoreApplication>

// Content transcribed from the product brief's role comparison page (secondary source:
// "Ai Engineer vs Software Engineer Salary (2026)", last updated January 2026, 000_57d1a90a86522800.txt).
// Pay figures for these roles live in the market dataset (tech_market_brief.csv), not here.

namespace Anchorline::RoleProfiles {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::RoleProfiles", text);
}

RoleProfile aiEngineer()
{
    RoleProfile profile;
    profile.id = QStringLiteral("ai-engineer");
    profile.displayName = tr("AI Engineer");
    profile.techMarketRole = QStringLiteral("AI Engineer");
    profile.soc = QStringLiteral("15-1221");
    profile.socNote = tr("Government data has no AI engineer occupation; its figures are for Computer and "
                         "Information Research Scientists (SOC 15-1221), the occupation that designs machine "
                         "learning systems.");
    profile.skills = {
        {tr("Deep Learning Frameworks"),
         tr("Expertise in TensorFlow, PyTorch, and other deep learning frameworks for building neural "
            "networks"),
         SkillPremium::Impact::High},
        {tr("Cloud AI Platforms"),
         tr("Proficiency with AWS SageMaker, Google AI Platform, Azure ML for scalable AI deployment"),
         SkillPremium::Impact::High},
        {tr("MLOps and Model Deployment"),
         tr("Skills in model versioning, monitoring, and production deployment pipelines"),
         SkillPremium::Impact::High},
        {tr("Computer Vision"),
         tr("Specialized knowledge in image processing, object detection, and visual AI systems"),
         SkillPremium::Impact::High},
    };
    profile.careerPath = {
        {tr("Junior AI Engineer"), tr("Build basic ML models and data pipelines")},
        {tr("AI Engineer"), tr("Design and deploy production AI systems")},
        {tr("Senior AI Engineer"), tr("Lead AI architecture and research initiatives")},
        {tr("Principal AI Engineer"), tr("Drive AI strategy and mentor engineering teams")},
    };
    profile.plateau =
        tr("AI engineers may plateau when specialization becomes too narrow or when moving into "
           "management roles that reduce hands-on technical work.");
    profile.transitions = tr(
        "AI engineers often transition to data science, ML research, or technical product management roles.");
    return profile;
}

RoleProfile softwareEngineer()
{
    RoleProfile profile;
    profile.id = QStringLiteral("software-engineer");
    profile.displayName = tr("Software Engineer");
    profile.techMarketRole = QStringLiteral("Software Engineer");
    profile.soc = QStringLiteral("15-1252");
    profile.skills = {
        {tr("System Design"),
         tr("Ability to design scalable, distributed systems and microservices architectures"),
         SkillPremium::Impact::High},
        {tr("Cloud Platforms"), tr("Expertise in AWS, GCP, or Azure for building cloud-native applications"),
         SkillPremium::Impact::High},
        {tr("Full-Stack Development"), tr("Proficiency across frontend, backend, and database technologies"),
         SkillPremium::Impact::Medium},
        {tr("DevOps and CI/CD"),
         tr("Skills in automation, containerization, and continuous deployment practices"),
         SkillPremium::Impact::Medium},
    };
    profile.careerPath = {
        {tr("Junior Software Engineer"), tr("Write code and fix bugs under guidance")},
        {tr("Software Engineer"), tr("Build features and maintain applications independently")},
        {tr("Senior Software Engineer"), tr("Design systems and lead technical decisions")},
        {tr("Staff/Principal Engineer"), tr("Define architecture and mentor teams")},
    };
    profile.plateau =
        tr("Software engineers typically plateau at senior levels unless they develop system design "
           "expertise or move into technical leadership.");
    profile.transitions =
        tr("Software engineers commonly move into engineering management, solution architecture, "
           "or product engineering roles at larger companies.");
    return profile;
}

} // namespace

const QList<RoleProfile>& all()
{
    static const QList<RoleProfile> profiles{aiEngineer(), softwareEngineer()};
    return profiles;
}

const RoleProfile* find(QStringView idOrName)
{
    const QStringView key = idOrName.trimmed();
    for (const RoleProfile& profile : all()) {
        if (key.compare(profile.id, Qt::CaseInsensitive) == 0 ||
            key.compare(profile.displayName, Qt::CaseInsensitive) == 0 ||
            key.compare(profile.techMarketRole, Qt::CaseInsensitive) == 0)
            return &profile;
    }
    return nullptr;
}

QList<PayDriver> payDrivers(QStringView firstId, QStringView secondId)
{
    const bool aiVersusSoftware = (firstId == u"ai-engineer" && secondId == u"software-engineer") ||
                                  (firstId == u"software-engineer" && secondId == u"ai-engineer");
    if (!aiVersusSoftware)
        return {};
    return {
        {tr("Specialization Premium"),
         tr("AI engineers command higher salaries due to specialized knowledge in machine learning, deep "
            "learning, "
            "and AI frameworks that are in high demand but have limited talent supply.")},
        {tr("Market Demand"), tr("The AI boom has created intense competition for AI talent, while software "
                                 "engineering has a more mature and balanced talent market.")},
        {tr("Technical Complexity"),
         tr("AI engineering requires advanced mathematics, statistics, and domain "
            "expertise in addition to programming skills, justifying premium "
            "compensation.")},
        {tr("Business Impact"),
         tr("AI engineers often work on high-value initiatives like automation, predictive "
            "analytics, and intelligent systems that directly drive revenue and cost "
            "savings.")},
        {tr("Educational Requirements"),
         tr("AI roles typically require advanced degrees or specialized training in machine learning, while "
            "software engineering has more diverse educational pathways.")},
    };
}

QString sourceTitle()
{
    return QStringLiteral("Ai Engineer vs Software Engineer Salary (2026)");
}

QString sourceAsOf()
{
    return tr("January 2026");
}

QString sourceDocument()
{
    return QStringLiteral("000_57d1a90a86522800.txt");
}

QString sourceCaption()
{
    return tr("Secondary source: %1, last updated %2").arg(sourceTitle(), sourceAsOf());
}

QString impactName(SkillPremium::Impact impact)
{
    switch (impact) {
    case SkillPremium::Impact::High:
        return tr("HIGH IMPACT");
    case SkillPremium::Impact::Medium:
        return tr("MEDIUM IMPACT");
    }
    return QString();
}

} // namespace Anchorline::RoleProfiles
