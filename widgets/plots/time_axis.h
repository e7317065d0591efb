#pragma once
// The time axis of the monitor's charts, as plain maths (tested alone). A
// chart keeps `window` seconds of history; while its data is younger than
// that, the axis starts at the first point and spans at least `minimum`
// seconds, so a fresh chart fills from the left (the first minute is
// readable) instead of drawing a sliver at the right edge of five empty
// minutes. Once the data is older than the window, the axis is the last
// `window` seconds. Times in seconds (QCustomPlot's date-time keys).

#include <algorithm>

namespace warren::widgets {

struct TimeAxisRange {
    double lower = 0.0;
    double upper = 0.0;
};

inline TimeAxisRange timeAxisRange(double first, double newest, double window, double minimum = 60.0)
{
    if (newest - first >= window || minimum >= window)
        return {newest - window, newest};
    return {first, first + std::max(minimum, newest - first)};
}

} // namespace warren::widgets
