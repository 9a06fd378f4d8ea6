#include "Settings.h"

#include <QFile>
#include <QSettings>
#include <QVariantMap>

#include <array>

namespace Anchorline {

namespace {
struct Entry
{
    Settings::Key key;
    const char16_t* name;
    QVariant defaultValue;
};

const std::array<Entry, 10>& table()
{
    static const std::array<Entry, 10> entries{{
        {Settings::Key::MainWindowGeometry, u"MainWindow/Geometry", QVariant()},
        {Settings::Key::MainWindowState, u"MainWindow/State", QVariant()},
        {Settings::Key::MainSplitterState, u"MainWindow/SplitterState", QVariant()},
        {Settings::Key::ChartTab, u"MainWindow/ChartTab", 0},
        {Settings::Key::NegotiationTab, u"Negotiation/Tab", 0},
        {Settings::Key::LastSession, u"Session/Last", QVariant()},
        {Settings::Key::Language, u"General/Language", QString()},
        {Settings::Key::RecentSessions, u"Session/Recent", QStringList()},
        {Settings::Key::ClientFolder, u"Clients/Folder", QString()},
        {Settings::Key::ClientLastOpened, u"Clients/LastOpened", QVariantMap()},
    }};
    return entries;
}

bool storing = true;

const Entry& entry(Settings::Key key)
{
    return table()[static_cast<std::size_t>(key)];
}
} // namespace

QString Settings::name(Key key)
{
    return QString::fromUtf16(entry(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QVariant Settings::get(Key key)
{
    return QSettings().value(name(key), defaultValue(key));
}

void Settings::set(Key key, const QVariant& value)
{
    if (!storing)
        return;
    QSettings settings;
    settings.setValue(name(key), value);
    // The settings hold the last session's pay figures: the file is the user's only. QSettings rewrites it
    // through QSaveFile, which keeps these permissions from then on.
    settings.sync();
    QFile::setPermissions(settings.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void Settings::reset(Key key)
{
    if (storing)
        QSettings().remove(name(key));
}

void Settings::stopStoring()
{
    storing = false;
}

bool Settings::isStoring()
{
    return storing;
}

} // namespace Anchorline
