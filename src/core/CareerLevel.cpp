#include "CareerLevel.h"

#include <QCoreApplication>

namespace Anchorline::CareerLevels {

QList<CareerLevel> all()
{
    return {CareerLevel::Entry,  CareerLevel::Junior, CareerLevel::Mid,
            CareerLevel::Senior, CareerLevel::Staff,  CareerLevel::Principal};
}

QString id(CareerLevel level)
{
    switch (level) {
    case CareerLevel::Unspecified:
        return QString();
    case CareerLevel::Entry:
        return QStringLiteral("entry");
    case CareerLevel::Junior:
        return QStringLiteral("junior");
    case CareerLevel::Mid:
        return QStringLiteral("mid");
    case CareerLevel::Senior:
        return QStringLiteral("senior");
    case CareerLevel::Staff:
        return QStringLiteral("staff");
    case CareerLevel::Principal:
        return QStringLiteral("principal");
    }
    return QString();
}

QString displayName(CareerLevel level)
{
    switch (level) {
    case CareerLevel::Unspecified:
        return QCoreApplication::translate("CareerLevel", "Any level");
    case CareerLevel::Entry:
        return QCoreApplication::translate("CareerLevel", "Entry");
    case CareerLevel::Junior:
        return QCoreApplication::translate("CareerLevel", "Junior");
    case CareerLevel::Mid:
        return QCoreApplication::translate("CareerLevel", "Mid-level");
    case CareerLevel::Senior:
        return QCoreApplication::translate("CareerLevel", "Senior");
    case CareerLevel::Staff:
        return QCoreApplication::translate("CareerLevel", "Staff");
    case CareerLevel::Principal:
        return QCoreApplication::translate("CareerLevel", "Principal");
    }
    return QString();
}

std::optional<CareerLevel> fromString(QStringView text)
{
    const QString key = text.trimmed().toString().toLower().remove(u'-').remove(u' ').remove(u'.');
    if (key.isEmpty() || key == u"any" || key == u"none" || key == u"unspecified")
        return CareerLevel::Unspecified;
    if (key == u"entry" || key == u"entrylevel" || key == u"newgrad" || key == u"graduate")
        return CareerLevel::Entry;
    if (key == u"junior" || key == u"jr")
        return CareerLevel::Junior;
    if (key == u"mid" || key == u"midlevel" || key == u"intermediate")
        return CareerLevel::Mid;
    if (key == u"senior" || key == u"sr")
        return CareerLevel::Senior;
    if (key == u"staff" || key == u"lead")
        return CareerLevel::Staff;
    if (key == u"principal" || key == u"distinguished")
        return CareerLevel::Principal;
    return std::nullopt;
}

} // namespace Anchorline::CareerLevels
