#include "client_runner.h"

#include <QProcess>

QString ClientResult::describe() const
{
    QString outcome;
    if (!started)
        outcome = QStringLiteral("could not start: %1").arg(errorString);
    else if (timedOut)
        outcome = QStringLiteral("killed at the time limit");
    else if (crashed)
        outcome = QStringLiteral("crashed");
    else
        outcome = QStringLiteral("exit code %1").arg(exitCode);
    return QStringLiteral("%1\n  -> %2\n--- stdout ---\n%3\n--- stderr ---\n%4")
        .arg(command, outcome, QString::fromUtf8(stdOut).trimmed(),
             QString::fromUtf8(stdErr).trimmed());
}

ClientResult runClient(const QString &program, const QStringList &args, int timeoutMs,
                       const QProcessEnvironment &env, const QString &workingDir)
{
    ClientResult result;
    result.command = QStringList(QStringList{program} + args).join(QLatin1Char(' '));

    QProcess process;
    process.setProcessEnvironment(env);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, args);
    if (!process.waitForStarted(10000)) {
        result.errorString = process.errorString();
        return result;
    }
    result.started = true;
    // waitForFinished() drains both pipes while it waits, so a talkative
    // client cannot block on a full pipe.
    if (!process.waitForFinished(timeoutMs)) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
    }
    result.stdOut = process.readAllStandardOutput();
    result.stdErr = process.readAllStandardError();
    result.crashed = !result.timedOut && process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    return result;
}
