#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>

#include <memory>

/// @short Prism (tools/api) in proxy mode in front of one carddesk-server.
///
/// For the contract runs (ctest tst_server*_contract): every request and
/// answer is checked against docs/api/openapi.yaml, and what breaks it comes
/// back in the `sl-violations` header. Started without --errors, so a request
/// that breaks the contract on purpose still gets the server's own answer.
class ContractProxy
{
public:
    ~ContractProxy();

    /// Starts @p prism proxying @p spec to 127.0.0.1:@p upstreamPort on a free loopback port.
    bool start(const QString &prism, const QString &spec, int upstreamPort, QString *error);
    /// SIGTERM; killed after 10 s.
    void stop();

    int port() const;

private:
    std::unique_ptr<QProcess> m_process;
    QByteArray m_log;
    int m_port = 0;
};
