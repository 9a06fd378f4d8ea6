#include "AboutDialog.h"

#include <QLabel>
#include <QTest>

using namespace Anchorline;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    // The project page comes from the CMake cache variable ANCHORLINE_HOMEPAGE, as in the AppStream metainfo.
    void linksTheHomepage()
    {
        AboutDialog dialog;
        const auto* description = dialog.findChild<QLabel*>(QStringLiteral("descriptionLabel"));
        QVERIFY(description);
        const QString homepage = QStringLiteral(ANCHORLINE_HOMEPAGE);
        QVERIFY(homepage.startsWith(QStringLiteral("https://")));
        QVERIFY2(description->text().contains(QStringLiteral("<a href=\"%1\">%1</a>").arg(homepage)),
                 qPrintable(description->text()));
        QVERIFY(description->openExternalLinks());
    }
};

QTEST_MAIN(TestAboutDialog)
#include "TestAboutDialog.moc"
