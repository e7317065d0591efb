#pragma once
// PayloadView: one message payload (an AMQP body, a Kafka key or value)
// shown read-only as Text, Hex or pretty JSON, chosen with a combo box;
// "Auto" shows JSON when the bytes parse as JSON, text when they are text
// (PayloadFormat::isText), hex otherwise. A null payload (Kafka's null key,
// a tombstone) shows as "(null)". Shared by the topic message browser and
// the queue message browser; the bytes are kept so switching modes needs no
// new request. Very large payloads are shown in part (the first 1 MiB of
// text, 64 KiB as hex) with a note.
//
// Owns its child widgets and a copy of the bytes. GUI thread.

#include <QByteArray>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace warren::widgets {

class PayloadView : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Auto, Text, Hex, Json };

    /// `title` names the payload above it ("Key", "Value", "Body"); may be empty.
    explicit PayloadView(const QString &title = QString(), QWidget *parent = nullptr);

    void setPayload(const std::optional<QByteArray> &bytes);
    void clear();
    const std::optional<QByteArray> &payload() const { return m_bytes; }

    void setMode(Mode mode);
    Mode mode() const;
    /// The mode in effect (Auto resolved; Json falls back to Text/Hex when the
    /// bytes are not JSON).
    Mode shownMode() const { return m_shown; }
    /// The text in the viewer (tests).
    QString shownText() const;

    static constexpr int kMaxTextBytes = 1024 * 1024;
    static constexpr int kMaxHexBytes = 64 * 1024;

private:
    void refresh();

    QLabel *m_title;
    QLabel *m_info;
    QComboBox *m_mode;
    QPlainTextEdit *m_text;
    std::optional<QByteArray> m_bytes;
    Mode m_shown = Mode::Text;
};

} // namespace warren::widgets
