#include "payload_view.h"

#include "models/display_format.h"
#include "models/payload_format.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace warren::widgets {

PayloadView::PayloadView(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_info(new QLabel(this))
    , m_mode(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
{
    m_mode->setObjectName(QStringLiteral("payloadMode"));
    m_mode->addItem(tr("Auto"), int(Mode::Auto));
    m_mode->addItem(tr("Text"), int(Mode::Text));
    m_mode->addItem(tr("Hex"), int(Mode::Hex));
    m_mode->addItem(tr("JSON"), int(Mode::Json));
    m_mode->setToolTip(tr("How to show the bytes"));
    m_text->setObjectName(QStringLiteral("payloadText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_info->setObjectName(QStringLiteral("payloadInfo"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setVisible(!title.isEmpty());

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_title);
    top->addWidget(m_info, 1);
    top->addWidget(m_mode);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &PayloadView::refresh);
    refresh();
}

void PayloadView::setPayload(const std::optional<QByteArray> &bytes)
{
    m_bytes = bytes;
    refresh();
}

void PayloadView::clear()
{
    m_bytes.reset();
    m_text->clear();
    m_info->clear();
}

void PayloadView::setMode(Mode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

PayloadView::Mode PayloadView::mode() const
{
    return Mode(m_mode->currentData().toInt());
}

QString PayloadView::shownText() const
{
    return m_text->toPlainText();
}

void PayloadView::refresh()
{
    if (!m_bytes) {
        m_text->setPlainText(tr("(null)"));
        m_info->clear();
        m_shown = Mode::Text;
        return;
    }
    const QByteArray &bytes = *m_bytes;
    const bool text = PayloadFormat::isText(bytes);
    Mode want = mode();
    QString json;
    bool notJson = false; // JSON was asked for explicitly and the bytes are not JSON
    if (want == Mode::Auto || want == Mode::Json) {
        json = bytes.size() <= kMaxTextBytes ? PayloadFormat::prettyJson(bytes) : QString();
        notJson = want == Mode::Json && json.isNull();
        if (json.isNull())
            want = text ? Mode::Text : Mode::Hex;
        else
            want = Mode::Json;
    }
    m_shown = want;
    QString note;
    switch (want) {
    case Mode::Json:
        m_text->setPlainText(json);
        note = tr("JSON");
        break;
    case Mode::Text:
        if (bytes.size() > kMaxTextBytes)
            note = tr("first %1 shown").arg(DisplayFormat::bytes(kMaxTextBytes));
        m_text->setPlainText(QString::fromUtf8(bytes.left(kMaxTextBytes)));
        if (!text)
            note = note.isEmpty() ? tr("not valid text") : note;
        break;
    case Mode::Hex:
    case Mode::Auto:
        m_text->setPlainText(PayloadFormat::hexDump(bytes, kMaxHexBytes));
        note = text ? QString() : tr("binary");
        break;
    }
    if (notJson)
        note = bytes.size() > kMaxTextBytes ? tr("too large to format as JSON: shown as %1").arg(text ? tr("text") : tr("hex"))
                                            : tr("not JSON: shown as %1").arg(text ? tr("text") : tr("hex"));
    const QString size = DisplayFormat::bytes(quint64(bytes.size()));
    m_info->setText(note.isEmpty() ? size : tr("%1 · %2").arg(size, note));
}

} // namespace warren::widgets
