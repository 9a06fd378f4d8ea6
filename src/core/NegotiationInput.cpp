#include "NegotiationInput.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {

template <typename Enum>
std::optional<Enum> fromIdIn(const QList<Enum>& values, QString (*idOf)(Enum), QStringView id)
{
    for (const Enum value : values) {
        if (id.compare(idOf(value), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

} // namespace

namespace CompanyStages {

QList<CompanyStage> all()
{
    return {CompanyStage::Startup, CompanyStage::Growth, CompanyStage::Public,
            CompanyStage::GovernmentNonprofit};
}

QString id(CompanyStage stage)
{
    switch (stage) {
    case CompanyStage::Startup:
        return u"startup"_s;
    case CompanyStage::Growth:
        return u"growth"_s;
    case CompanyStage::Public:
        return u"public"_s;
    case CompanyStage::GovernmentNonprofit:
        break;
    }
    return u"government-nonprofit"_s;
}

QString displayName(CompanyStage stage)
{
    switch (stage) {
    case CompanyStage::Startup:
        return QCoreApplication::translate("Anchorline::CompanyStages", "Startup");
    case CompanyStage::Growth:
        return QCoreApplication::translate("Anchorline::CompanyStages", "Growth stage");
    case CompanyStage::Public:
        return QCoreApplication::translate("Anchorline::CompanyStages", "Public company");
    case CompanyStage::GovernmentNonprofit:
        break;
    }
    return QCoreApplication::translate("Anchorline::CompanyStages", "Government or non-profit");
}

std::optional<CompanyStage> fromId(QStringView id)
{
    return fromIdIn<CompanyStage>(all(), &CompanyStages::id, id);
}

} // namespace CompanyStages

namespace EmailTones {

QList<EmailTone> all()
{
    return {EmailTone::Warm, EmailTone::Direct, EmailTone::Formal};
}

QString id(EmailTone tone)
{
    switch (tone) {
    case EmailTone::Warm:
        return u"warm"_s;
    case EmailTone::Direct:
        return u"direct"_s;
    case EmailTone::Formal:
        break;
    }
    return u"formal"_s;
}

QString displayName(EmailTone tone)
{
    switch (tone) {
    case EmailTone::Warm:
        return QCoreApplication::translate("Anchorline::EmailTones", "Warm");
    case EmailTone::Direct:
        return QCoreApplication::translate("Anchorline::EmailTones", "Direct");
    case EmailTone::Formal:
        break;
    }
    return QCoreApplication::translate("Anchorline::EmailTones", "Formal");
}

std::optional<EmailTone> fromId(QStringView id)
{
    return fromIdIn<EmailTone>(all(), &EmailTones::id, id);
}

} // namespace EmailTones
} // namespace Anchorline
