#include "figuretile.h"

#include "common/theme.h"

#include <QLabel>
#include <QVBoxLayout>

FigureTile::FigureTile(QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(this))
    , m_value(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("section"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);   // a row of tiles shares one height
    m_caption->setProperty("role", QStringLiteral("muted"));
    m_caption->setObjectName(QStringLiteral("figureTileCaption"));
    m_value->setObjectName(QStringLiteral("figureTileValue"));
    m_value->setFont(Theme::derivedFont(font(), 9, QFont::Bold));
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setProperty("role", QStringLiteral("caption"));
    m_detail->setObjectName(QStringLiteral("figureTileDetail"));
    // Longer words (Finnish) wrap rather than run out of the tile.
    m_caption->setWordWrap(true);
    m_detail->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch(1);   // tiles of a row line up at the top when a detail wraps
    setWarning(false);
}

void FigureTile::setCaption(const QString &caption)
{
    m_caption->setText(caption);
    setAccessibleName(caption);
}

void FigureTile::setValue(const QString &value)
{
    m_value->setText(value);
    setAccessibleDescription(value);
}

void FigureTile::setDetail(const QString &detail)
{
    m_detail->setText(detail);
}

void FigureTile::setWarning(bool warning)
{
    m_warning = warning;
    m_value->setStyleSheet(QStringLiteral("color: %1;").arg((warning ? Theme::warning() : Theme::text()).name()));
}

QString FigureTile::value() const
{
    return m_value->text();
}

QString FigureTile::detail() const
{
    return m_detail->text();
}
