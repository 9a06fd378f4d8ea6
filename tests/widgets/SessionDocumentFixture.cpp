#include "SessionDocumentFixture.h"

#include "AutosaveStore.h"
#include "MainWindow.h"
#include "MoneyLineEdit.h"
#include "OfferForm.h"

#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

namespace SessionDocumentFixture {

void initTestCase(const QTemporaryDir& dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(dir.isValid());
    for (const auto& recovery : AutosaveStore().pendingRecoveries())
        AutosaveStore().discard(recovery);
}

void retypeBase(const MainWindow& window, const QString& text)
{
    auto* edit = window.offerForm()->findChild<MoneyLineEdit*>(u"baseEdit"_s);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
    QTest::qWait(0);
}

} // namespace SessionDocumentFixture
