#include "demo/demoprogresssink.h"

#include "demo/copywriter.h"

#include <QCoreApplication>

DemoProgressSink::DemoProgressSink(Callback callback, const std::atomic<bool> *cancel, std::int64_t rowsEstimated)
    : m_callback(std::move(callback)), m_cancel(cancel), m_estimate(rowsEstimated)
{
}

void DemoProgressSink::setPhase(int platform, const QString &phase)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_phases[platform] = phase;
    }
    report(true);
}

void DemoProgressSink::add(std::int64_t rows)
{
    m_rows += rows;
    checkCancelled();
    report(false);
}

void DemoProgressSink::checkCancelled() const
{
    if (m_cancel && m_cancel->load()) {
        throw DemoLoadFailure{DbError::make(DbError::Kind::Cancelled,
            QCoreApplication::translate("DemoGenerator", "Creating the demo data was cancelled."))};
    }
}

void DemoProgressSink::report(bool force)
{
    if (!m_callback)
        return;
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto now = std::chrono::steady_clock::now();
    if (!force && now - m_lastReport < std::chrono::milliseconds(250))
        return;
    m_lastReport = now;
    DemoProgress p;
    p.phase = m_phases[0].isEmpty() ? m_phases[1]
        : m_phases[1].isEmpty()     ? m_phases[0]
                                    : m_phases[0] + QStringLiteral(", ") + m_phases[1];
    p.rowsDone = m_rows.load();
    p.rowsEstimated = m_estimate;
    m_callback(p);
}
