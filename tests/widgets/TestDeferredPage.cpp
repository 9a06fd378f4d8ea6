#include "DeferredPage.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

class TestDeferredPage : public QObject
{
    Q_OBJECT

private slots:
    void builtWhenFirstShown();
    void builtWhenAskedFor();
};

namespace {

// A page that counts how often its content was built.
DeferredPage* countingPage(int& builds, const QString& text)
{
    return new DeferredPage([&builds, text] {
        ++builds;
        return new QLabel(text);
    });
}

} // namespace

void TestDeferredPage::builtWhenFirstShown()
{
    int firstBuilds = 0;
    int secondBuilds = 0;
    QTabWidget tabs;
    auto* first = countingPage(firstBuilds, u"first"_s);
    auto* second = countingPage(secondBuilds, u"second"_s);
    tabs.addTab(first, u"First"_s);
    tabs.addTab(second, u"Second"_s);
    QSignalSpy built(second, &DeferredPage::built);
    QCOMPARE(firstBuilds, 0);
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    QCOMPARE(firstBuilds, 1);
    QCOMPARE(secondBuilds, 0);
    QVERIFY(!second->isBuilt());

    tabs.setCurrentIndex(1);
    QCOMPARE(secondBuilds, 1);
    QCOMPARE(built.size(), 1);
    auto* label = qobject_cast<QLabel*>(second->content());
    QVERIFY(label);
    QCOMPARE(label->text(), u"second"_s);
    // In view in the same frame, and the page hands focus on to it.
    QVERIFY(label->isVisible());
    QCOMPARE(second->focusProxy(), label);

    tabs.setCurrentIndex(0);
    tabs.setCurrentIndex(1);
    QCOMPARE(secondBuilds, 1);
    QCOMPARE(built.size(), 1);
}

void TestDeferredPage::builtWhenAskedFor()
{
    int builds = 0;
    QTabWidget tabs;
    tabs.addTab(new QWidget, u"Shown"_s);
    auto* hidden = countingPage(builds, u"hidden"_s);
    tabs.addTab(hidden, u"Hidden"_s);
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    QWidget* content = hidden->content();
    QCOMPARE(builds, 1);
    QVERIFY(hidden->isBuilt());
    QCOMPARE(content->parentWidget(), hidden);
    QVERIFY(!content->isVisible());
    QCOMPARE(hidden->content(), content);
    QCOMPARE(builds, 1);
}

QTEST_MAIN(TestDeferredPage)
#include "TestDeferredPage.moc"
