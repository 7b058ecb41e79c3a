#pragma once

/// @short Word lists for the demo data: names, addresses, merchants, products.
///
/// Static, constant data only (no allocation at start-up); the generator turns
/// the entries it uses into QStrings once. Weights are relative frequencies
/// within one list. Postcode/city pairs are real; streets are real street
/// names of that city. Merchants carry a correct ISO 18245 merchant category
/// code and the ISO 3166 country they bill from. Card products and the
/// issuer's own brands (Aurora, Nordbank) are fictional.
namespace DemoWords {

enum class Culture {
    Finnish,
    FinlandSwedish,
    Swedish,
    Norwegian
};

struct Word
{
    const char16_t *text;
    int weight;
};

struct WordList
{
    const Word *items;
    int count;
};

struct TextList
{
    const char16_t *const *items;
    int count;
};

WordList femaleFirstNames(Culture culture);
WordList maleFirstNames(Culture culture);
WordList surnames(Culture culture);

struct City
{
    const char16_t *country;     ///< "FI", "SE", "NO"
    const char16_t *name;
    TextList postcodes;          ///< real postcodes of the city, canonical form
    TextList streets;            ///< real street names of the city
    int weight;                  ///< roughly the population share
    int swedishWeight;           ///< FI only: weight among Swedish speakers
};

struct CityList
{
    const City *items;
    int count;
};

CityList cities();

/// Where a merchant is used from the customer's point of view.
enum class MerchantScope {
    Domestic,    ///< a shop in its country, used by residents and travellers
    Online       ///< international e-commerce and subscriptions, used from anywhere
};

struct Merchant
{
    const char16_t *name;        ///< as it appears on a statement
    const char16_t *mcc;         ///< ISO 18245, four digits
    const char16_t *country;     ///< ISO 3166 alpha-2 of the acceptor
    MerchantScope scope;
    int minEuroCents;            ///< amount range in euro cents, converted per currency
    int maxEuroCents;            ///< equal to min for fixed-price subscriptions
    int weight;                  ///< frequency within its country
};

struct MerchantList
{
    const Merchant *items;
    int count;
};

MerchantList merchants();

struct CardProduct
{
    const char16_t *name;
    const char16_t *binFi;       ///< six-digit Mastercard BIN per issuing country
    const char16_t *binSe;
    const char16_t *binNo;
    int minLimitEuro;
    int maxLimitEuro;
    int stepEuro;
    bool premium;                ///< offered to gold and platinum customers
};

struct CardProductList
{
    const CardProduct *items;
    int count;
};

CardProductList cardProducts();

struct BenefitCode
{
    const char16_t *code;
    const char16_t *description;
    int validDays;               ///< 0: no end date
};

struct BenefitList
{
    const BenefitCode *items;
    int count;
};

BenefitList benefitCodes();

struct EmailDomain
{
    const char16_t *country;     ///< "FI", "SE", "NO" or "" for any
    const char16_t *domain;
    int weight;
};

struct EmailDomainList
{
    const EmailDomain *items;
    int count;
};

EmailDomainList emailDomains();

struct DemoAgent
{
    const char16_t *username;
    const char16_t *displayName;
    const char16_t *role;        ///< "agent" or "supervisor"
    const char16_t *language;    ///< "fi", "sv", "nb", "en"
};

struct DemoAgentList
{
    const DemoAgent *items;
    int count;
};

DemoAgentList agents();

} // namespace DemoWords
