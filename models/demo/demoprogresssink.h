#pragma once

#include <QString>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <mutex>

// Progress of a demo seed as reported to the caller.
struct DemoProgress
{
    QString phase;               // e.g. "dedao.user_actions, ximalaya.behavior_log"
    std::int64_t rowsDone = 0;
    std::int64_t rowsEstimated = 0; // a planning estimate; rowsDone may pass it
};

// Collects row counts from both loading threads, reports them (throttled, from whichever thread
// is loading: callbacks must be thread-safe) and turns a raised cancel flag into a cancellation
// at the next chunk boundary.
class DemoProgressSink
{
public:
    using Callback = std::function<void(const DemoProgress &)>;

    DemoProgressSink(Callback callback, const std::atomic<bool> *cancel, std::int64_t rowsEstimated);

    void setPhase(int platform, const QString &phase);
    // Throws DemoLoadFailure (Cancelled) when the cancel flag is raised.
    void add(std::int64_t rows);
    void checkCancelled() const;
    std::int64_t rowsDone() const { return m_rows.load(); }

private:
    void report(bool force);

    Callback m_callback;
    const std::atomic<bool> *m_cancel;
    std::int64_t m_estimate;
    std::atomic<std::int64_t> m_rows{0};
    std::mutex m_mutex;
    QString m_phases[2];
    std::chrono::steady_clock::time_point m_lastReport;
};
