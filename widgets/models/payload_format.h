#pragma once
// PayloadFormat: how a message payload (an AMQP body, a Kafka key, value or
// header value) reads in the GUI and in exports — is it text, a one-line
// preview for a table cell, a hex dump, pretty JSON — in one place so the
// topic and queue browsers, their detail panes and the exporters agree.
// Stateless; any thread.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace warren::widgets {

class PayloadFormat
{
    Q_DECLARE_TR_FUNCTIONS(PayloadFormat)
public:
    /// Valid UTF-8 without control characters other than tab, LF, CR and
    /// FF: shown and exported as text. Anything else is binary (hex in the
    /// GUI, base64 in exports).
    static bool isText(const QByteArray &bytes);
    /// One line for a table cell: the text with line breaks and tabs as
    /// spaces, or "0x" + hex for binary, cut at `maxChars` with "…".
    static QString preview(const QByteArray &bytes, int maxChars = 120);
    /// Classic dump: offset, 16 bytes in hex, the printable ASCII; at most
    /// `maxBytes` (then a line saying how many more there are).
    static QString hexDump(const QByteArray &bytes, int maxBytes = 64 * 1024);
    /// Indented JSON if `bytes` parse as a JSON object or array (or a
    /// scalar), else a null QString.
    static QString prettyJson(const QByteArray &bytes);
};

} // namespace warren::widgets
