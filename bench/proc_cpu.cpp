#include "proc_cpu.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/resource.h>
#include <unistd.h>

namespace {

bool readStatTicks(int pid, std::uint64_t *ticks)
{
    const std::string path = "/proc/" + std::to_string(pid) + "/stat";
    FILE *f = std::fopen(path.c_str(), "re");
    if (!f)
        return false;
    char buf[1024];
    const size_t n = std::fread(buf, 1, sizeof buf - 1, f);
    std::fclose(f);
    buf[n] = '\0';
    // Field 2 (comm) may contain spaces and ')': parse after the last ')'.
    const char *p = std::strrchr(buf, ')');
    if (!p)
        return false;
    p += 2; // now at field 3 (state)
    // Fields 14..17 are utime, stime, cutime, cstime; we are at field 3.
    std::uint64_t sum = 0;
    for (int field = 3; field <= 17 && *p; ++field) {
        char *end = nullptr;
        const long long v = std::strtoll(p, &end, 10);
        if (field >= 14)
            sum += std::uint64_t(v < 0 ? 0 : v);
        if (field == 3)
            end = const_cast<char *>(p) + 1; // state is a letter
        p = end;
        while (*p == ' ')
            ++p;
    }
    *ticks = sum;
    return true;
}

} // namespace

std::int64_t processCpuMicros(int pid)
{
    static const long hz = ::sysconf(_SC_CLK_TCK);
    std::uint64_t ticks = 0;
    if (!readStatTicks(pid, &ticks))
        return -1;
    return std::int64_t(ticks * 1'000'000ull / std::uint64_t(hz));
}

void ProcessCpuMeter::start()
{
    m_before.clear();
    for (int pid : m_pids)
        m_before.push_back(processCpuMicros(pid));
}

std::uint64_t ProcessCpuMeter::stop()
{
    std::int64_t total = 0;
    for (std::size_t i = 0; i < m_pids.size(); ++i) {
        const std::int64_t after = processCpuMicros(m_pids[i]);
        if (m_before[i] >= 0 && after >= 0)
            total += after - m_before[i];
    }
    return total > 0 ? std::uint64_t(total) : 0;
}

std::vector<int> ProcessCpuMeter::missingAtStart() const
{
    std::vector<int> missing;
    for (std::size_t i = 0; i < m_pids.size(); ++i)
        if (m_before[i] < 0)
            missing.push_back(m_pids[i]);
    return missing;
}

std::uint64_t selfCpuMicros()
{
    rusage ru{};
    ::getrusage(RUSAGE_SELF, &ru);
    auto us = [](const timeval &tv) { return std::uint64_t(tv.tv_sec) * 1'000'000ull + std::uint64_t(tv.tv_usec); };
    return us(ru.ru_utime) + us(ru.ru_stime);
}

std::uint64_t systemBusyMicros()
{
    static const long hz = ::sysconf(_SC_CLK_TCK);
    FILE *f = std::fopen("/proc/stat", "re");
    if (!f)
        return 0;
    unsigned long long user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0;
    const int n = std::fscanf(f, "cpu %llu %llu %llu %llu %llu %llu %llu %llu", &user, &nice, &system, &idle,
                              &iowait, &irq, &softirq, &steal);
    std::fclose(f);
    if (n < 7)
        return 0;
    return (user + nice + system + irq + softirq + steal) * 1'000'000ull / std::uint64_t(hz);
}
