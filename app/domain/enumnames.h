#pragma once

#include <QString>

#include <cstddef>
#include <optional>

namespace EnumNames {

/// The value of @p all whose storage name (by @p nameOf) is @p name.
template <typename Enum, std::size_t N>
std::optional<Enum> fromName(const QString &name, const Enum (&all)[N], QString (*nameOf)(Enum))
{
    for (const Enum value : all) {
        if (nameOf(value) == name)
            return value;
    }
    return std::nullopt;
}

} // namespace EnumNames
