#pragma once
// LagChart: the total lag of one Kafka consumer group over the last five
// minutes, read from a LagHistory, as one 1-px, non-antialiased QCustomPlot
// graph. Changes (new snapshot, another group) only schedule a replot on one
// single-shot 40 ms timer; the graph's data is copied from the history when
// that replot runs, and not at all while the chart is hidden (showing it
// catches up). Owned by its parent widget; GUI thread.

#include <QString>
#include <QTimer>
#include <QWidget>

class QCustomPlot;
class QCPGraph;

namespace warren::widgets {

class LagHistory;

class LagChart : public QWidget
{
    Q_OBJECT
public:
    static constexpr int ReplotDelayMs = 40;

    /// `history` is not owned and must outlive the chart.
    explicit LagChart(const LagHistory *history, QWidget *parent = nullptr);

    /// Plots `groupId` ("" plots nothing).
    void setGroup(const QString &groupId);
    QString group() const { return m_group; }
    /// The history gained points: replot soon if shown.
    void historyChanged();

    /// Points plotted by the last replot.
    int pointCount() const;
    bool replotPending() const { return m_replotTimer.isActive(); }
    int replotCount() const { return m_replots; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void scheduleReplot();
    void replotNow();

    const LagHistory *m_history;
    QString m_group;
    QCustomPlot *m_plot = nullptr;
    QCPGraph *m_lag = nullptr;
    QTimer m_replotTimer;
    int m_replots = 0;
};

} // namespace warren::widgets
