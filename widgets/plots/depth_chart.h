#pragma once
// DepthChart: one AMQP queue's ready and unacked counts over the last five
// minutes, read from a QueueDepthHistory, as two 1-px, non-antialiased
// QCustomPlot step graphs. Changes (new snapshot, another queue) only
// schedule a replot on one single-shot 40 ms timer; the data is copied from
// the history when that replot runs, and not at all while the chart is
// hidden (showing it catches up). Owned by its parent widget; GUI thread.

#include <QString>
#include <QTimer>
#include <QWidget>

class QCustomPlot;
class QCPGraph;

namespace warren::widgets {

class QueueDepthHistory;

class DepthChart : public QWidget
{
    Q_OBJECT
public:
    static constexpr int ReplotDelayMs = 40;

    /// `history` is not owned and must outlive the chart.
    explicit DepthChart(const QueueDepthHistory *history, QWidget *parent = nullptr);

    /// Plots the queue `name` of `vhost` ("" name plots nothing).
    void setQueue(const QString &vhost, const QString &name);
    QString queueName() const { return m_name; }
    /// The history gained points: replot soon if shown.
    void historyChanged();

    /// Points of the ready graph after the last replot.
    int pointCount() const;
    bool replotPending() const { return m_replotTimer.isActive(); }
    int replotCount() const { return m_replots; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void scheduleReplot();
    void replotNow();

    const QueueDepthHistory *m_history;
    QString m_vhost;
    QString m_name;
    QCustomPlot *m_plot = nullptr;
    QCPGraph *m_ready = nullptr;
    QCPGraph *m_unacked = nullptr;
    QTimer m_replotTimer;
    int m_replots = 0;
};

} // namespace warren::widgets
