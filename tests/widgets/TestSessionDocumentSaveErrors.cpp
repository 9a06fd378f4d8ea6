// A save or autosave that fails (a full disk, a folder that is gone) is shown to the user with the file and
// the reason, the document stays modified and the file on disk stays as it was (issue 9). The full disk is
// RLIMIT_FSIZE with SIGXFSZ ignored, so writes fail with EFBIG ("File too large").
#include "FileSizeLimit.h"
#include "MainWindow.h"
#include "MarketStore.h"
#include "MessageBox.h"
#include "OfferForm.h"
#include "SessionDocument.h"
#include "SessionDocumentFixture.h"
#include "SessionFile.h"

#include <QDir>
#include <QFile>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

namespace {

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("unreadable");
}

} // namespace

class TestSessionDocumentSaveErrors : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { SessionDocumentFixture::initTestCase(m_dir); }

    void saveOnFullDiskIsShownAndTheDocumentStaysModified()
    {
        const QString path = m_dir.filePath(u"client.anchorline"_s);
        MainWindow window(MarketStore::builtIn());
        SessionDocumentFixture::retypeBase(window, u"187500"_s);
        QVERIFY(window.sessionDocument()->saveFile(path));
        QVERIFY(window.sessionDocument()->saveFile(path)); // now with a backup
        const QByteArray saved = contents(path);
        const QByteArray backup = contents(SessionFile::backupPath(path));
        SessionDocumentFixture::retypeBase(window, u"199999"_s);
        QVERIFY(window.isWindowModified());

        bool ok = true;
        {
            const FileSizeLimit nearlyFull(512);
            MessageBox::setNextAnswer(QMessageBox::Ok);
            ok = window.sessionDocument()->saveFile(path);
        }
        QVERIFY(!ok);
        QCOMPARE(window.sessionDocument()->lastError(), path + u": cannot save: File too large"_s);
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.offerForm()->offer().base, Money::fromMajor(199'999));
        QCOMPARE(contents(path), saved);
        QCOMPARE(contents(SessionFile::backupPath(path)), backup);
        QCOMPARE(SessionFile::load(path).session().offers.front().offer.base, Money::fromMajor(187'500));

        // Once there is room again, the same document saves.
        QVERIFY(window.sessionDocument()->saveFile(path));
        QVERIFY(!window.isWindowModified());
        QCOMPARE(SessionFile::load(path).session().offers.front().offer.base, Money::fromMajor(199'999));
    }

    void saveIntoMissingFolderIsShown()
    {
        const QString path = m_dir.filePath(u"gone/client.anchorline"_s);
        MainWindow window(MarketStore::builtIn());
        SessionDocumentFixture::retypeBase(window, u"191000"_s);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!window.sessionDocument()->saveFile(path));
        QCOMPARE(window.sessionDocument()->lastError(), path + u": cannot save: No such file or directory"_s);
        QVERIFY(window.isWindowModified());
        QVERIFY(window.sessionDocument()->filePath().isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    void autosaveOnFullDiskIsShownInTheStatusBar()
    {
        MainWindow window(MarketStore::builtIn());
        SessionDocumentFixture::retypeBase(window, u"193000"_s);
        QVERIFY(window.isWindowModified());
        {
            const FileSizeLimit nearlyFull(512);
            window.sessionDocument()->autosave();
        }
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.startsWith(u"Autosave failed: "_s +
                                    window.sessionDocument()->autosaveStore().directory()) &&
                     message.endsWith(u".anchorline-autosave: cannot write: File too large"_s),
                 qPrintable(message));
        QVERIFY(window.isWindowModified());
        // No partial snapshot is left for the next start to offer.
        QVERIFY(QDir(window.sessionDocument()->autosaveStore().directory())
                    .entryList({u"*.anchorline-autosave"_s}, QDir::Files)
                    .isEmpty());
    }
};

QTEST_MAIN(TestSessionDocumentSaveErrors)
#include "TestSessionDocumentSaveErrors.moc"
