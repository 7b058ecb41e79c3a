#include "router.h"

void Router::add(const QByteArray &method, const QString &pattern, Access access, Handler handler)
{
    Route route;
    route.method = method;
    route.pattern = pattern;
    route.access = access;
    route.handler = std::move(handler);
    static const QRegularExpression parameter(QStringLiteral("\\{([A-Za-z]+)\\}"));
    QString regex = QStringLiteral("^");
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = parameter.globalMatch(pattern);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        regex += QRegularExpression::escape(pattern.mid(last, m.capturedStart() - last));
        const QString name = m.captured(1);
        regex += name.endsWith(QLatin1StringView("Id")) ? QStringLiteral("([1-9][0-9]{0,17})")
                                                         : QStringLiteral("([^/]+)");
        route.names << name;
        last = m.capturedEnd();
    }
    regex += QRegularExpression::escape(pattern.mid(last)) + QStringLiteral("$");
    route.regex = QRegularExpression(regex);
    m_routes.append(std::move(route));
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    Match result;
    for (const Route &route : m_routes) {
        const QRegularExpressionMatch m = route.regex.match(path);
        if (!m.hasMatch())
            continue;
        if (route.method != method) {
            if (!result.allowedMethods.contains(route.method))
                result.allowedMethods.append(route.method);
            continue;
        }
        result.route = &route;
        for (qsizetype i = 0; i < route.names.size(); ++i)
            result.params.insert(route.names.at(i), m.captured(int(i) + 1));
        result.allowedMethods.clear();
        return result;
    }
    return result;
}

QList<const Router::Route *> Router::routes() const
{
    QList<const Route *> out;
    for (const Route &route : m_routes)
        out.append(&route);
    return out;
}
