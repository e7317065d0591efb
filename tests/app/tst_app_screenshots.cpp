// `warren --screenshot DIR` (issue 5): the program starts a broker on free
// ports with its demo workload, renders every view of the monitor, writes
// one PNG per view and exits 0 — in bounded time, leaving no data behind.
// Runs offscreen (QT_QPA_PLATFORM=offscreen from warren_add_test).

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QString warren()
{
    return qEnvironmentVariable("WARREN_BINARY");
}

/// Distinct colours among a grid of samples: a blank or single-colour
/// picture has one or two.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace

class TestAppScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void helpDescribesTheScreenshotOption()
    {
        QProcess p;
        p.start(warren(), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY(p.readAllStandardOutput().contains("--screenshot <dir>"));
    }

    void screenshotTourWritesOnePngPerViewAndExits()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("WARREN_SCREENSHOT_SECONDS"), QStringLiteral("5"));
        p.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        p.start(warren(), {QStringLiteral("--screenshot"), dir.path(), QStringLiteral("--log-level"),
                           QStringLiteral("warning")});
        const bool finished = p.waitForFinished(150000);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        if (!finished)
            p.kill();
        QVERIFY2(finished, qPrintable(err));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0, qPrintable(err));
        QVERIFY2(clock.elapsed() < 120000, qPrintable(QStringLiteral("took %1 ms").arg(clock.elapsed())));

        const QStringList views = {"overview",       "topology",        "exchanges",   "queues",
                                   "queue-detail",   "topics",          "topic-messages",
                                   "consumer-groups", "connections",    "event-log",   "publish",
                                   "settings"};
        for (const QString &view : views) {
            const QString path = dir.filePath(view + QStringLiteral(".png"));
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
            QVERIFY2(QFileInfo(path).size() > 10 * 1024, qPrintable(path));
            QImage image(path);
            QVERIFY2(!image.isNull(), qPrintable(path));
            QCOMPARE(image.size(), QSize(1400, 900));
            QVERIFY2(distinctColours(image) > 20, qPrintable(path));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), views.size());

        // The broker's temporary data directory is gone.
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("warren: data directory (\\S+)")).match(err);
        QVERIFY2(m.hasMatch(), qPrintable(err));
        QVERIFY2(!QFileInfo::exists(m.captured(1)), qPrintable(m.captured(1)));
    }
};

QTEST_GUILESS_MAIN(TestAppScreenshots)
#include "tst_app_screenshots.moc"
