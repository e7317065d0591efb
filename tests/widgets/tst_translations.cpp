// The Korean translation as the program ships it: warren_ko.qm (built from
// translations/warren_ko.ts by the warren target) installed before the
// window is built must turn every tab title into Hangul — a tab left in
// English means a missing or unfinished translation.

#include "views/main_window.h"

#include <QTabWidget>
#include <QTranslator>
#include <QtTest>

using warren::widgets::MainWindow;

namespace {
bool hasHangul(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
            return true;
    return false;
}
} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void koreanTabTitles()
    {
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(WARREN_KO_QM)), WARREN_KO_QM);
        QVERIFY(QCoreApplication::installTranslator(&translator));
        MainWindow window;
        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QVERIFY(tabs->count() >= 8);
        for (int i = 0; i < tabs->count(); ++i)
            QVERIFY2(hasHangul(tabs->tabText(i)), qPrintable(QStringLiteral("tab %1 is \"%2\"").arg(i).arg(tabs->tabText(i))));
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
