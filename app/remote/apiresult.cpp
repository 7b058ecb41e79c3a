#include "apiresult.h"

bool ApiResult::ok() const
{
    return outcome == Outcome::Success;
}

bool ApiResult::isTransient() const
{
    switch (outcome) {
    case Outcome::NetworkError:
    case Outcome::Timeout:
    case Outcome::MalformedResponse:
        return true;
    case Outcome::HttpError:
        // 3xx: a redirect not followed (a wrong base URL or a captive portal): keep the work, try again.
        return status >= 500 || status == 429 || status == 408 || status < 400;
    case Outcome::Success:
    case Outcome::ResponseTooLarge:
    case Outcome::Aborted:
        return false;
    }
    return false;
}

bool ApiResult::reachedServer() const
{
    switch (outcome) {
    case Outcome::Success:
    case Outcome::MalformedResponse:
    case Outcome::ResponseTooLarge:
        return true;
    case Outcome::HttpError:
        // A proxy's "bad gateway" or "unavailable" means the server is not there.
        return status != 502 && status != 503 && status != 504;
    case Outcome::NetworkError:
    case Outcome::Timeout:
    case Outcome::Aborted:
        return false;
    }
    return false;
}

QString ApiResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success:
        return QStringLiteral("success");
    case Outcome::HttpError:
        return QStringLiteral("http_error");
    case Outcome::NetworkError:
        return QStringLiteral("network_error");
    case Outcome::Timeout:
        return QStringLiteral("timeout");
    case Outcome::MalformedResponse:
        return QStringLiteral("malformed_response");
    case Outcome::ResponseTooLarge:
        return QStringLiteral("response_too_large");
    case Outcome::Aborted:
        return QStringLiteral("aborted");
    }
    return QString();
}
