#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// What a client program did: how it ended and what it printed.
struct ClientResult
{
    bool started = false;   // false: the program could not be run at all
    bool timedOut = false;  // true: killed at the time limit
    bool crashed = false;   // true: ended by a signal
    int exitCode = -1;
    QByteArray stdOut;
    QByteArray stdErr;
    QString errorString;    // QProcess's reason when !started

    bool succeeded() const { return started && !timedOut && !crashed && exitCode == 0; }
    // A multi-line account for failure messages: command, outcome, stdout, stderr.
    QString describe() const;
    QString command;
};

// Runs `program args...` to completion, killing it after timeoutMs.
// stdin is closed; stdout/stderr are captured. `env` defaults to the
// test's own environment. Thread: any; blocks the caller.
ClientResult runClient(const QString &program, const QStringList &args, int timeoutMs,
                       const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                       const QString &workingDir = QString());

// A client or tool the suite needs is not installed: QSKIP with `reason`, or
// QFAIL when $WARREN_INTEROP_REQUIRE_ALL is set (CI sets it, so a missing
// install step cannot hide behind a skip).
#define WARREN_REQUIRE_CLIENT(reason)                                                   \
    do {                                                                                \
        if (qEnvironmentVariableIsSet("WARREN_INTEROP_REQUIRE_ALL"))                    \
            QFAIL(qPrintable(QString(reason)));                                         \
        QSKIP(qPrintable(QString(reason)));                                             \
    } while (false)

// Verifies a client run inside a Qt Test function: fails with the full account
// unless it exited 0; a client exit code of 77 means "skip" (QSKIP with its
// output), the Automake convention.
#define WARREN_VERIFY_CLIENT(result)                                                    \
    do {                                                                                \
        const ClientResult &r_ = (result);                                              \
        if (r_.started && !r_.timedOut && !r_.crashed && r_.exitCode == 77)             \
            QSKIP(qPrintable(QString::fromUtf8(r_.stdOut + r_.stdErr).trimmed()));      \
        if (!r_.succeeded())                                                            \
            QFAIL(qPrintable(r_.describe()));                                           \
    } while (false)
