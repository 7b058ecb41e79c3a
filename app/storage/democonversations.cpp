#include "democonversations.h"

#include "conversationrepository.h"
#include "demorandom.h"

#include <QCryptographicHash>
#include <QList>
#include <QStringList>

#include <sqlite3.h>

#include <algorithm>
#include <array>

namespace {

/// The customer's inbox stream, apart from the one of their own data (see DemoRandom).
class Random : public DemoRandom
{
public:
    Random(quint64 seed, quint64 stream)
        : DemoRandom(seed, stream, DemoRandom::InboxSalt)
    {
    }
};

// Demo texts: [topic][language] with language fi, sv, nb, en. Placeholders:
// {name} customer's first name, {agent} agent's first name, {last4} card,
// {amount} money, {merchant}, {code} campaign code, {date} a date.
struct TopicTexts
{
    const char16_t *subject;
    const char16_t *opening;     ///< the customer's first message
    const char16_t *reply;       ///< the agent's answer
    const char16_t *followUp;    ///< the customer again
    const char16_t *closing;     ///< the agent's last answer
};

const TopicTexts topicTexts[10][4] = {
    // lost_stolen_card
    {{u"Kortti kadonnut", u"Hei, en löydä korttiani ({last4}) mistään. Luulen että se jäi eilen kauppaan tai putosi bussissa. Voitteko sulkea sen heti?", u"Hei {name}, kortti {last4} on nyt suljettu, eikä sillä voi enää maksaa. Uusi kortti lähtee postissa 5-7 arkipäivässä. Terveisin {agent}", u"Kiitos! Tuleeko uuteen korttiin sama PIN-koodi?", u"Kyllä, PIN-koodi pysyy samana. Ilmoitathan, jos huomaat tililläsi tapahtumia, joita et tunnista. Ystävällisin terveisin {agent}"},
     {u"Förlorat kort", u"Hej, jag har tappat mitt kort ({last4}), troligen på tåget i morse. Kan ni spärra det direkt?", u"Hej {name}, kortet {last4} är nu spärrat och kan inte användas. Ett nytt kort skickas inom 5-7 bankdagar. Hälsningar {agent}", u"Tack! Får jag samma PIN-kod på det nya kortet?", u"Ja, PIN-koden är densamma. Hör av dig om du ser köp du inte känner igen. Vänliga hälsningar {agent}"},
     {u"Mistet kort", u"Hei, jeg har mistet kortet mitt ({last4}), sannsynligvis på trikken. Kan dere sperre det med en gang?", u"Hei {name}, kortet {last4} er nå sperret. Et nytt kort sendes innen 5-7 virkedager. Hilsen {agent}", u"Takk! Får jeg samme PIN-kode?", u"Ja, PIN-koden blir den samme. Si fra hvis du ser kjøp du ikke kjenner igjen. Vennlig hilsen {agent}"},
     {u"Lost card", u"Hi, I can't find my card ending {last4}. I think it was stolen from my bag at the gym. Please block it right away.", u"Hi {name}, the card ending {last4} is now blocked and can no longer be used. A replacement is on its way and should arrive in 5-7 business days. Regards, {agent}", u"Thanks. Will the new card have the same PIN?", u"Yes, your PIN stays the same. Please tell us if you see any purchases you don't recognise. Kind regards, {agent}"}},
    // card_not_received
    {{u"Uusi kortti ei ole tullut", u"Tilasin uuden kortin jo kolme viikkoa sitten, mutta sitä ei ole vieläkään kuulunut. Osoitteeni on sama kuin ennen.", u"Hei {name}, kortti on postitettu {date}. Jos sitä ei näy vielä viikon kuluessa, tilaamme uuden ja suljemme matkalla olevan. Terveisin {agent}", u"Ei ole vieläkään tullut. Voitteko tilata uuden?", u"Suljimme matkalla olleen kortin ja tilasimme uuden. Se lähtee kirjattuna kirjeenä huomenna. Terveisin {agent}"},
     {u"Kortet har inte kommit", u"Jag beställde ett nytt kort för tre veckor sedan men det har inte kommit. Adressen är densamma.", u"Hej {name}, kortet skickades {date}. Om det inte kommit inom en vecka spärrar vi det och skickar ett nytt. Hälsningar {agent}", u"Det har fortfarande inte kommit.", u"Vi har spärrat kortet som var på väg och beställt ett nytt, som skickas rekommenderat i morgon. Hälsningar {agent}"},
     {u"Kortet har ikke kommet", u"Jeg bestilte nytt kort for tre uker siden, men det har ikke kommet.", u"Hei {name}, kortet ble sendt {date}. Kommer det ikke innen en uke, sperrer vi det og sender et nytt. Hilsen {agent}", u"Det har fortsatt ikke kommet.", u"Vi har sperret kortet og bestilt et nytt som sendes rekommandert i morgen. Hilsen {agent}"},
     {u"Card not received", u"I ordered a new card three weeks ago and it still hasn't arrived. My address hasn't changed.", u"Hi {name}, the card was posted on {date}. If it has not arrived within a week we will cancel it and send a new one. Regards, {agent}", u"Still nothing in the post.", u"We have cancelled the card in the post and ordered a new one; it goes out by registered mail tomorrow. Regards, {agent}"}},
    // pin
    {{u"PIN-koodi unohtunut", u"Olen unohtanut korttini PIN-koodin enkä pääse nostamaan rahaa. Miten saan uuden?", u"Hei {name}, voit katsoa PIN-koodin mobiilisovelluksesta kohdasta Kortit > Näytä PIN. Jos sovellus ei ole käytössäsi, lähetämme PIN-kirjeen. Terveisin {agent}", u"Sovelluksesta löytyi, kiitos! Mutta kortti lukittui kolmesta väärästä yrityksestä.", u"Lukitus poistuu, kun käytät korttia seuraavan kerran oikealla PIN-koodilla sirullisessa maksupäätteessä. Terveisin {agent}"},
     {u"Glömd PIN-kod", u"Jag har glömt PIN-koden till mitt kort och kan inte ta ut pengar.", u"Hej {name}, du kan se PIN-koden i appen under Kort > Visa PIN. Annars skickar vi ett PIN-brev. Hälsningar {agent}", u"Hittade den i appen, tack! Men kortet låstes efter tre fel försök.", u"Spärren hävs när du använder kortet med rätt PIN-kod i en butiksterminal. Hälsningar {agent}"},
     {u"Glemt PIN-kode", u"Jeg har glemt PIN-koden og får ikke tatt ut penger.", u"Hei {name}, du finner PIN-koden i appen under Kort > Vis PIN. Ellers sender vi et PIN-brev. Hilsen {agent}", u"Fant den, takk! Men kortet ble låst etter tre feil forsøk.", u"Låsen oppheves når du bruker kortet med riktig PIN i en butikkterminal. Hilsen {agent}"},
     {u"Forgotten PIN", u"I've forgotten the PIN for my card and can't withdraw cash. How do I get it?", u"Hi {name}, you can view your PIN in the app under Cards > Show PIN. If you don't use the app, we can post a PIN letter. Regards, {agent}", u"Found it in the app, thanks. But the card is now blocked after three wrong tries.", u"The PIN block clears the next time you use the card with the right PIN at a chip terminal in a shop. Regards, {agent}"}},
    // invoice_due_date
    {{u"Laskun eräpäivä", u"Voisinko siirtää tämän kuun laskun eräpäivää kahdella viikolla? Palkka tulee vasta {date}. Liitteenä lasku.", u"Hei {name}, siirsimme eräpäivän {date}. Siirrosta ei peritä maksua tällä kertaa. Terveisin {agent}", u"Kiitos! Voiko eräpäivän muuttaa pysyvästi kuun 20. päiväksi?", u"Muutimme eräpäivän pysyvästi kuun 20. päiväksi seuraavasta laskusta alkaen. Terveisin {agent}"},
     {u"Förfallodag för fakturan", u"Kan jag skjuta upp förfallodagen för månadens faktura med två veckor? Lönen kommer {date}. Fakturan bifogad.", u"Hej {name}, vi har flyttat förfallodagen till {date}, utan avgift den här gången. Hälsningar {agent}", u"Tack! Kan förfallodagen flyttas permanent till den 20:e?", u"Förfallodagen är nu den 20:e varje månad från och med nästa faktura. Hälsningar {agent}"},
     {u"Forfallsdato på faktura", u"Kan jeg utsette forfallsdatoen på denne månedens faktura med to uker? Lønnen kommer {date}.", u"Hei {name}, vi har flyttet forfallsdatoen til {date}, uten gebyr denne gangen. Hilsen {agent}", u"Takk! Kan den flyttes fast til den 20.?", u"Forfallsdatoen er nå den 20. hver måned fra neste faktura. Hilsen {agent}"},
     {u"Invoice due date", u"Could I move this month's due date by two weeks? My salary arrives on {date}. The invoice is attached.", u"Hi {name}, we have moved the due date to {date}, free of charge this time. Regards, {agent}", u"Thank you! Can the due date be moved to the 20th for good?", u"Done: from the next invoice on, your due date is the 20th of each month. Regards, {agent}"}},
    // credit_limit
    {{u"Luottorajan korotus", u"Haluaisin nostaa luottorajaani {amount} euroon ennen lomamatkaa. Mitä tarvitsette minulta?", u"Hei {name}, tarvitsemme tuoreen palkkatodistuksen. Voit lähettää sen liitteenä tähän viestiin. Terveisin {agent}", u"Palkkatodistus liitteenä.", u"Kiitos, luottoraja on nyt {amount} euroa. Hyvää matkaa! Terveisin {agent}"},
     {u"Höjd kreditgräns", u"Jag vill höja min kreditgräns till {amount} kronor inför semestern.", u"Hej {name}, vi behöver ett aktuellt lönebesked. Bifoga det gärna här. Hälsningar {agent}", u"Lönebeskedet bifogat.", u"Tack, kreditgränsen är nu {amount} kronor. Trevlig resa! Hälsningar {agent}"},
     {u"Økt kredittgrense", u"Jeg ønsker å øke kredittgrensen til {amount} kroner før ferien.", u"Hei {name}, vi trenger en fersk lønnsslipp. Legg den gjerne ved her. Hilsen {agent}", u"Lønnsslipp vedlagt.", u"Takk, kredittgrensen er nå {amount} kroner. God tur! Hilsen {agent}"},
     {u"Credit limit increase", u"I'd like to raise my credit limit to {amount} before my holiday. What do you need from me?", u"Hi {name}, we need a recent payslip. You can attach it to this message. Regards, {agent}", u"Payslip attached.", u"Thank you, your credit limit is now {amount}. Have a good trip! Regards, {agent}"}},
    // disputed_purchase
    {{u"Tuntematon veloitus", u"Tililläni on veloitus {merchant} {amount}, jota en ole tehnyt. Kuitti liitteenä omasta ostoksestani samana päivänä.", u"Hei {name}, avasimme reklamaation veloituksesta {merchant}. Kortti {last4} on varmuuden vuoksi lukittu. Selvitys kestää 2-6 viikkoa. Terveisin {agent}", u"Huomasin vielä toisen samanlaisen veloituksen.", u"Lisäsimme senkin reklamaatioon ja hyvitimme summat tilille väliaikaisesti. Terveisin {agent}"},
     {u"Okänd debitering", u"Det finns en debitering från {merchant} på {amount} som jag inte har gjort. Kvitto på mitt eget köp samma dag bifogat.", u"Hej {name}, vi har öppnat en reklamation för köpet hos {merchant}. Kortet {last4} är låst för säkerhets skull. Hälsningar {agent}", u"Jag hittade en till likadan debitering.", u"Vi har lagt till den i reklamationen och krediterat beloppen tillfälligt. Hälsningar {agent}"},
     {u"Ukjent trekk", u"Jeg har et trekk fra {merchant} på {amount} som jeg ikke har gjort.", u"Hei {name}, vi har opprettet en reklamasjon på kjøpet hos {merchant}. Kortet {last4} er låst for sikkerhets skyld. Hilsen {agent}", u"Jeg fant enda et likt trekk.", u"Vi har lagt det til i reklamasjonen og kreditert beløpene midlertidig. Hilsen {agent}"},
     {u"Unrecognised charge", u"There is a charge from {merchant} for {amount} that I did not make. I've attached the receipt of my own purchase that day.", u"Hi {name}, we have opened a dispute for the {merchant} charge. The card ending {last4} is locked as a precaution. Regards, {agent}", u"I found another charge just like it.", u"We have added it to the dispute and credited both amounts provisionally. Regards, {agent}"}},
    // loyalty_campaign
    {{u"Kampanjakoodi ei toimi", u"Yritin käyttää kampanjakoodia {code} verkkokaupassa, mutta se ei kelpaa. Bonukset eivät myöskään näy.", u"Hei {name}, koodi {code} on voimassa {date} asti ja vaatii Aurora-kortilla maksetun ostoksen. Lisäsimme puuttuvat bonukset tilillesi. Terveisin {agent}", u"Nyt toimii, kiitos!", u"Hienoa! Mukavia ostoshetkiä. Terveisin {agent}"},
     {u"Kampanjkoden fungerar inte", u"Jag försökte använda kampanjkoden {code} men den godtas inte, och bonusen syns inte.", u"Hej {name}, koden {code} gäller till {date} och kräver köp med Aurora-kortet. Vi har lagt till bonusen. Hälsningar {agent}", u"Nu fungerar det, tack!", u"Vad bra! Hälsningar {agent}"},
     {u"Kampanjekoden virker ikke", u"Kampanjekoden {code} blir ikke godtatt i nettbutikken.", u"Hei {name}, koden {code} gjelder til {date} og krever kjøp med Aurora-kortet. Vi har lagt til bonusen. Hilsen {agent}", u"Nå virker det, takk!", u"Så bra! Hilsen {agent}"},
     {u"Campaign code not working", u"I tried to use the campaign code {code} online but it isn't accepted, and my bonus points are missing.", u"Hi {name}, the code {code} is valid until {date} and needs a purchase paid with the Aurora card. We've added the missing points. Regards, {agent}", u"It works now, thanks!", u"Great, enjoy! Regards, {agent}"}},
    // address_change
    {{u"Osoitteenmuutos", u"Muutin uuteen osoitteeseen. Päivittäkää osoite, jotta laskut ja uusi kortti tulevat oikeaan paikkaan.", u"Hei {name}, päivitimme osoitteesi. Uusi kortti lähetetään jatkossa uuteen osoitteeseen. Terveisin {agent}", u"Kiitos. Muuttuuko myös laskutusosoite?", u"Kyllä, sama osoite on käytössä myös laskuissa. Terveisin {agent}"},
     {u"Adressändring", u"Jag har flyttat. Uppdatera min adress så att fakturor och nya kort kommer rätt.", u"Hej {name}, vi har uppdaterat din adress. Hälsningar {agent}", u"Tack. Ändras fakturaadressen också?", u"Ja, samma adress gäller för fakturorna. Hälsningar {agent}"},
     {u"Adresseendring", u"Jeg har flyttet. Kan dere oppdatere adressen min?", u"Hei {name}, vi har oppdatert adressen din. Hilsen {agent}", u"Takk. Gjelder det fakturaadressen også?", u"Ja, samme adresse gjelder for fakturaene. Hilsen {agent}"},
     {u"Change of address", u"I've moved house. Please update my address so invoices and the new card reach me.", u"Hi {name}, we have updated your address. Regards, {agent}", u"Thanks. Does the billing address change too?", u"Yes, invoices go to the same address. Regards, {agent}"}},
    // online_payment_security
    {{u"Verkkomaksun vahvistus ei onnistu", u"Verkkokauppa pyytää vahvistusta sovelluksessa, mutta ilmoitusta ei tule ja maksu hylätään.", u"Hei {name}, tarkistimme: verkkomaksut ovat kortillasi {last4} pois päältä. Kytkimme ne päälle. Kokeile uudelleen. Terveisin {agent}", u"Nyt meni läpi. Voinko itse laittaa verkkomaksut pois ostoksen jälkeen?", u"Voit: sovelluksessa Kortit > Turvallisuus > Verkkomaksut. Terveisin {agent}"},
     {u"Kan inte godkänna kortköp på nätet", u"Nätbutiken ber mig godkänna köpet i appen, men ingen notis kommer och köpet nekas.", u"Hej {name}, internetköp var avstängda för kortet {last4}. Vi har slagit på dem. Hälsningar {agent}", u"Nu gick det. Kan jag stänga av dem själv efteråt?", u"Ja, i appen under Kort > Säkerhet. Hälsningar {agent}"},
     {u"Får ikke godkjent netthandel", u"Nettbutikken ber meg godkjenne i appen, men jeg får ingen varsling og kjøpet avvises.", u"Hei {name}, netthandel var slått av for kortet {last4}. Vi har slått det på. Hilsen {agent}", u"Nå gikk det. Kan jeg slå det av selv?", u"Ja, i appen under Kort > Sikkerhet. Hilsen {agent}"},
     {u"Online payment declined", u"The shop asks me to approve in the app but no notification comes and the payment is declined.", u"Hi {name}, online payments were switched off for the card ending {last4}. We've switched them on. Regards, {agent}", u"That worked. Can I switch them off again myself?", u"Yes: in the app under Cards > Security > Online payments. Regards, {agent}"}},
    // phishing
    {{u"Epäilyttävä tekstiviesti", u"Sain tekstiviestin, jossa pyydettiin vahvistamaan korttitiedot linkin kautta. Painoin linkkiä mutta en syöttänyt mitään. Onko tämä teiltä?", u"Hei {name}, viesti ei ole meiltä: emme koskaan pyydä korttitietoja linkin kautta. Koska et syöttänyt tietoja, kortti {last4} on turvassa. Terveisin {agent}", u"Syötin sittenkin kortin numeron ennen kuin huomasin.", u"Suljimme kortin {last4} ja tilasimme uuden. Tarkistamme viimeaikaiset tapahtumat. Terveisin {agent}"},
     {u"Misstänkt sms", u"Jag fick ett sms där jag ombads bekräfta mina kortuppgifter via en länk. Är det från er?", u"Hej {name}, meddelandet är inte från oss. Vi ber aldrig om kortuppgifter via länk. Hälsningar {agent}", u"Jag hann faktiskt skriva in kortnumret.", u"Vi har spärrat kortet {last4} och beställt ett nytt. Hälsningar {agent}"},
     {u"Mistenkelig SMS", u"Jeg fikk en SMS som ba meg bekrefte kortopplysninger via en lenke. Er den fra dere?", u"Hei {name}, meldingen er ikke fra oss. Vi ber aldri om kortopplysninger via lenke. Hilsen {agent}", u"Jeg rakk å skrive inn kortnummeret.", u"Vi har sperret kortet {last4} og bestilt nytt. Hilsen {agent}"},
     {u"Suspicious text message", u"I got a text asking me to confirm my card details through a link. Is it from you?", u"Hi {name}, that message is not from us: we never ask for card details through a link. Regards, {agent}", u"I actually typed in my card number before I noticed.", u"We have blocked the card ending {last4} and ordered a new one, and we are checking recent payments. Regards, {agent}"}},
};

// Internal notes, by language.
const char16_t *const noteTexts[4][3] = {
    {u"Tarkistettu tapahtumat, ei muita epäilyttäviä veloituksia.", u"Asiakas tunnistettu vahvasti sovelluksen kautta.", u"Odotetaan asiakkaan vastausta, muistutus 3 päivän päästä."},
    {u"Transaktionerna kontrollerade, inga andra misstänkta köp.", u"Kunden identifierad med BankID.", u"Väntar på kundens svar, påminnelse om 3 dagar."},
    {u"Transaksjonene sjekket, ingen andre mistenkelige kjøp.", u"Kunden identifisert med BankID.", u"Venter på svar fra kunden, påminnelse om 3 dager."},
    {u"Checked recent transactions, nothing else suspicious.", u"Customer verified in the app.", u"Waiting for the customer, reminder in 3 days."},
};

// How a logged call starts, by language.
const char16_t *const callPrefix[4] = {u"Asiakas soitti: ", u"Kunden ringde: ", u"Kunden ringte: ", u"Customer called: "};

const char16_t *const merchants[] = {u"AMZN Mktp DE", u"WWW.TICKETS-EU.COM", u"Zalando SE", u"APPLE.COM/BILL",
                                     u"Booking.com", u"STEAMGAMES.COM", u"Wolt", u"K-Citymarket", u"ICA Maxi",
                                     u"Rema 1000", u"Shell Express", u"Temu.com"};
const char16_t *const campaignCodes[] = {u"BONUS2X-NOV", u"AURORA15", u"BLACKWEEK20", u"WINTER10", u"LOYAL500"};

const char16_t *const languageCodes[4] = {u"fi", u"sv", u"nb", u"en"};
const char16_t *const channelNames[7] = {u"phone", u"email", u"chat", u"webform", u"social", u"app", u"alert"};
const char16_t *const statusNames[6] = {u"new", u"open", u"pending", u"on_hold", u"resolved", u"closed"};
const char16_t *const priorityNames[4] = {u"low", u"normal", u"high", u"urgent"};
const char16_t *const topicNames[10] = {u"lost_stolen_card", u"card_not_received", u"pin", u"invoice_due_date",
                                         u"credit_limit", u"disputed_purchase", u"loyalty_campaign",
                                         u"address_change", u"online_payment_security", u"phishing"};
const char16_t *const topicQueues[10] = {u"cards", u"cards", u"cards", u"billing", u"billing",
                                          u"fraud", u"general", u"general", u"fraud", u"fraud"};
const char16_t *const agentNames[10][2] = {
    {u"aino.lehtonen", u"Aino"}, {u"jukka.salminen", u"Jukka"}, {u"emma.heikkinen", u"Emma"},
    {u"laura.kallio", u"Laura"}, {u"ville.rantanen", u"Ville"}, {u"oskar.lindqvist", u"Oskar"},
    {u"sara.nyberg", u"Sara"}, {u"johan.eriksson", u"Johan"}, {u"ingrid.haugen", u"Ingrid"},
    {u"lars.solberg", u"Lars"}};

// Service-level targets of the demo (seconds): first response, resolution,
// by channel, on calendar time (the shipped SlaPolicy's channel targets;
// business hours are left out so that a million rows need no calendar maths).
const qint64 firstResponseTarget[7] = {0, 24 * 3600, 120, 24 * 3600, 4 * 3600, 24 * 3600, 15 * 60};
const qint64 resolutionTarget[7] = {24 * 3600, 5 * 24 * 3600, 24 * 3600, 5 * 24 * 3600, 3 * 24 * 3600,
                                    5 * 24 * 3600, 24 * 3600};

QString text(const char16_t *literal)
{
    return QString::fromUtf16(literal);
}

/// The stream of a resolved conversation's service (when it was answered and
/// resolved against its targets, the survey and its answer): one per
/// conversation id, apart from the customer's inbox stream, so that the rest
/// of the demo inbox draws as it did before.
constexpr quint64 ServiceSalt = 0xA4093822299F31D0ULL;

/// Customers 1-8 are the showcase (DemoDataGenerator): their cards' history stays as the tests know it.
constexpr qint64 ShowcaseCustomers = 8;

/// Agents whose customers are noticeably less satisfied (and who breach more): Ville and Johan.
bool isStrugglingAgent(int agent)
{
    return agent == 4 || agent == 7;
}

/// Survey answers 1..5 in percent, by channel: chat pleases most, email least.
const int csatWeights[7][5] = {
    {4, 5, 10, 30, 51},    // phone
    {8, 8, 14, 32, 38},    // email
    {3, 4, 8, 27, 58},     // chat
    {6, 7, 13, 32, 42},    // web form
    {9, 8, 14, 30, 39},    // social
    {5, 6, 12, 31, 46},    // app
    {5, 5, 10, 30, 50},    // alert (never surveyed)
};
/// Share of surveys answered, in percent, by channel (about a third overall).
const int csatAnswerRate[7] = {30, 30, 45, 33, 28, 38, 0};

/// A small valid PNG: a white receipt with grey lines, @p variant shifts the lines.
QByteArray receiptPng(int variant)
{
    const int width = 120;
    const int height = 160;
    QByteArray raw;
    raw.reserve((width + 1) * height);
    for (int y = 0; y < height; ++y) {
        raw.append(char(0));   // filter: none
        const bool line = y > 12 && y % 9 == variant % 9 && y < height - 12;
        for (int x = 0; x < width; ++x) {
            const bool ink = line && x > 10 && x < width - 10 - ((y * 7 + variant * 13) % 40);
            raw.append(char(ink ? 0x60 : 0xff));
        }
    }
    QByteArray zlib = qCompress(raw, 9).mid(4);   // qCompress: 4-byte length, then a zlib stream
    auto crc32 = [](const QByteArray &data) {
        quint32 crc = 0xffffffffu;
        for (const char byte : data) {
            crc ^= quint8(byte);
            for (int k = 0; k < 8; ++k)
                crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
        }
        return crc ^ 0xffffffffu;
    };
    auto be32 = [](quint32 v) {
        QByteArray b(4, '\0');
        b[0] = char(v >> 24);
        b[1] = char(v >> 16);
        b[2] = char(v >> 8);
        b[3] = char(v);
        return b;
    };
    auto chunk = [&](const char *type, const QByteArray &data) {
        const QByteArray body = QByteArray(type, 4) + data;
        return be32(quint32(data.size())) + body + be32(crc32(body));
    };
    QByteArray header = be32(width) + be32(height);
    header.append(char(8));   // bit depth
    header.append(char(0));   // greyscale
    header.append(char(0));
    header.append(char(0));
    header.append(char(0));
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", header) + chunk("IDAT", zlib) + chunk("IEND", {});
}

/// A one-page PDF statement with a line of text.
QByteArray statementPdf(int variant)
{
    const QByteArray line = "(Aurora Mastercard - statement " + QByteArray::number(2026) + "-"
                            + QByteArray::number(1 + variant % 12) + ") Tj";
    const QByteArray stream = "BT /F1 12 Tf 50 750 Td " + line + " ET";
    QByteArray pdf = "%PDF-1.4\n";
    QList<int> offsets;
    auto object = [&](const QByteArray &body) {
        offsets << int(pdf.size());
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
           " /Resources << /Font << /F1 5 0 R >> >> >>");
    object("<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "\nendstream");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    const int xref = int(pdf.size());
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (const int offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

struct BlobInfo
{
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256;
};

class Statement
{
public:
    ~Statement() { sqlite3_finalize(m_statement); }
    bool prepare(sqlite3 *db, const char *sql)
    {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return !db || sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) == SQLITE_OK;
    }
    void bind(int column, qint64 value) { sqlite3_bind_int64(m_statement, column, value); }
    void bind(int column, const QString &value)
    {
        sqlite3_bind_text16(m_statement, column, value.utf16(), int(value.size() * 2), SQLITE_TRANSIENT);
    }
    void bindNull(int column) { sqlite3_bind_null(m_statement, column); }
    sqlite3_stmt *handle() const { return m_statement; }
    bool step()
    {
        const int rc = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        return rc == SQLITE_DONE || rc == SQLITE_ROW;
    }

private:
    sqlite3_stmt *m_statement = nullptr;
};

/// "yyyy-MM-ddTHH:mm:ssZ" of @p seconds since the epoch.
QString isoFromEpoch(qint64 seconds)
{
    return ConversationRepository::isoTime(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC));
}

} // namespace

struct DemoConversations::Run
{
    Options options;
    sqlite3 *db = nullptr;
    qint64 now = 0;            ///< reference moment, seconds since the epoch
    int perMille = 1000;
    int messagesPerConversation = 5;
    qint64 nextConversation = 1;
    qint64 nextMessage = 1;
    qint64 nextAttachment = 1;
    QStringList droppedIndexes;   ///< CREATE INDEX statements to run again in finish()
    QList<BlobInfo> receipts;
    QList<BlobInfo> statements;
    Statement conversation;
    Statement topic;
    Statement message;
    Statement attachment;
    Statement search;
    Statement csatRequest;
    Statement csatAnswer;
    // What a resolved lost-card or disputed-purchase conversation left on the card.
    Statement activeCard;
    Statement customerAddress;
    Statement disputable;
    Statement cardEvent;
    Statement cardOrder;
    Statement dispute;
    Statement disputeMirror;
    QString error;

    bool exec(const char *sql)
    {
        char *message = nullptr;
        if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
            return true;
        error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        return false;
    }
    bool fail()
    {
        error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    QList<BlobInfo> makeBlobs(bool pdf, int count);
    bool addConversation(Random &random, const Customer &customer, int language, bool showcase,
                         int showcaseChannel);
    bool addCardOutcome(qint64 conversationId, qint64 customerId, int topic, int agent, qint64 created,
                        qint64 firstResponse, qint64 resolved);
    bool addEvent(qint64 cardId, qint64 at, const char *from, const char *to, const QString &reasonCode,
                  const char *channel, const QString &agent);
    Statement alert;
    Statement alertTransaction;
};

QList<BlobInfo> DemoConversations::Run::makeBlobs(bool pdf, int count)
{
    QList<BlobInfo> blobs;
    for (int i = 0; i < count; ++i) {
        const QByteArray bytes = pdf ? statementPdf(i) : receiptPng(i);
        BlobInfo blob;
        blob.fileName = pdf ? QStringLiteral("statement-%1.pdf").arg(i + 1) : QStringLiteral("receipt-%1.png").arg(i + 1);
        blob.mimeType = pdf ? QStringLiteral("application/pdf") : QStringLiteral("image/png");
        blob.size = bytes.size();
        QByteArray sha;
        if (options.storeAttachment)
            sha = options.storeAttachment(bytes);
        if (sha.isEmpty())
            sha = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
        blob.sha256 = QString::fromLatin1(sha);
        blobs << blob;
    }
    return blobs;
}

bool DemoConversations::Run::addConversation(Random &random, const Customer &customer, int language, bool showcase,
                                             int showcaseChannel)
{
    // Channel: email 35, chat 20, phone 15, webform 12, app 10, social 8. Alerts
    // are not made up here: the fraud rules raise them (addAlert).
    static const int channelWeights[7] = {15, 35, 20, 12, 8, 10, 0};
    int channel = showcaseChannel;
    if (channel < 0) {
        int roll = random.below(100);
        channel = 0;
        while (roll >= channelWeights[channel]) {
            roll -= channelWeights[channel];
            ++channel;
        }
    }
    int topic = random.below(10);
    if (showcase && channel == 1)
        topic = 5;                            // Aino's disputed purchase with a receipt
    else if (showcase)
        topic = 6;

    // Status: new 10, open 22, pending 10, on hold 5, resolved 28, closed 25.
    static const int statusWeights[6] = {10, 22, 10, 5, 28, 25};
    int status = 1;
    if (!showcase) {
        int roll = random.below(100);
        status = 0;
        while (roll >= statusWeights[status]) {
            roll -= statusWeights[status];
            ++status;
        }
    }
    const bool open = status < 4;
    int priority = random.below(100) < 15 ? 0 : 1;
    if (random.percent(12))
        priority = 2;
    if ((topic == 0 && random.percent(50)) || (topic == 9 && random.percent(40)))
        priority = random.percent(50) ? 3 : 2;

    // When: open ones are recent (some just now, so SLAs run out in the demo),
    // closed ones anywhere in the last 60 days.
    // Open ones are planned from 0 and placed afterwards so that their next
    // deadline lands where a real queue has it (see below).
    const bool placeLater = open && !showcase;
    qint64 created = 0;
    if (showcase)
        created = now - (channel == 1 ? 5 * 3600 : 600);
    else if (!open)
        created = now - random.between(86400, 60 * 86400);

    int messages = 1 + random.below(2 * messagesPerConversation - 1);   // average messagesPerConversation
    if (status == 0)
        messages = 1;                                                     // new: nobody has answered
    if (showcase)
        messages = channel == 1 ? 1 : 3;
    const int agent = random.below(10);
    // Resolved and closed ones were handled by someone: always assigned (the
    // roll is still drawn, so that the rest of the demo stays as it was).
    const bool assignedRoll = !open || status != 0 ? random.percent(80) : random.percent(20);
    const bool assigned = showcase ? channel == 2 : (!open || assignedRoll);

    const QString name = customer.firstName;
    const QString agentFirst = text(agentNames[agent][1]);
    const QString amount = QString::number(random.between(12, 900)) + QStringLiteral(",")
                           + QString::number(random.between(10, 99)) + QStringLiteral(" €");
    const QString merchant = text(merchants[random.below(int(std::size(merchants)))]);
    const QString code = text(campaignCodes[random.below(int(std::size(campaignCodes)))]);
    const QString date = isoFromEpoch(now + random.between(3, 20) * 86400).left(10);
    auto fill = [&](const char16_t *templ) {
        QString out = QString::fromUtf16(templ);
        if (out.contains(QLatin1Char('{'))) {
            out.replace(QLatin1String("{name}"), name);
            out.replace(QLatin1String("{agent}"), agentFirst);
            out.replace(QLatin1String("{last4}"), customer.cardLast4);
            out.replace(QLatin1String("{amount}"), amount);
            out.replace(QLatin1String("{merchant}"), merchant);
            out.replace(QLatin1String("{code}"), code);
            out.replace(QLatin1String("{date}"), date);
        }
        return out;
    };
    const TopicTexts &texts = topicTexts[topic][language];
    const QString subject = fill(texts.subject);

    // Messages first (their times decide the conversation's).
    struct Planned
    {
        QString direction;
        QString author;
        QString body;
        qint64 at = 0;
        bool attachment = false;
    };
    QList<Planned> planned;
    qint64 at = created;
    qint64 firstResponse = 0;
    const QString customerName = customer.firstName + QLatin1Char(' ') + customer.lastName;
    int customerTurn = 0;
    int agentTurn = 0;
    for (int i = 0; i < messages; ++i) {
        Planned p;
        p.at = at;
        if (i == 0) {
            p.direction = QStringLiteral("inbound");
            p.author = customerName;
            p.body = channel == 0 ? text(callPrefix[language]) + fill(texts.opening) : fill(texts.opening);
            p.attachment = channel == 1 && (topic == 3 || topic == 4 || topic == 5) && (showcase || random.percent(45));
            ++customerTurn;
        } else if (random.percent(12)) {
            p.direction = QStringLiteral("note");
            p.author = text(agentNames[agent][0]);
            p.body = text(noteTexts[language][random.below(3)]);
        } else if (i % 2 == 1) {
            p.direction = QStringLiteral("outbound");
            p.author = text(agentNames[agent][0]);
            p.body = fill(agentTurn++ == 0 ? texts.reply : texts.closing);
            if (!firstResponse)
                firstResponse = at;
        } else {
            p.direction = QStringLiteral("inbound");
            p.author = customerName;
            p.body = fill(customerTurn++ == 1 ? texts.followUp : texts.opening);
        }
        planned << p;
        const qint64 gap = channel == 2 ? random.between(20, 300) : random.between(600, 20 * 3600);
        at += gap;
        if (!placeLater && open && at > now - 60)
            at = now - 60 + i;   // nothing in the future
    }
    // A resolved conversation was answered and resolved against its targets
    // as a real desk manages: most within them, some late (more for two of
    // the agents). Its messages keep their order; the time before the first
    // answer and the time after it are stretched or shrunk to fit.
    DemoRandom service(options.seed, quint64(nextConversation), ServiceSalt);
    if (!open && !showcase) {
        const qint64 firstTarget = firstResponseTarget[channel] / (priority == 3 ? 2 : 1);
        const qint64 resolutionTargetOf = resolutionTarget[channel];
        const int lateFirst = isStrugglingAgent(agent) ? 25 : 10;
        const int lateResolution = isStrugglingAgent(agent) ? 28 : 12;
        const qint64 base = firstTarget > 0 ? firstTarget : 15 * 60;   // a call is answered within minutes
        const qint64 firstDelay = service.percent(lateFirst) ? base * service.between(105, 260) / 100
                                                             : std::max<qint64>(5, base * service.between(12, 92) / 100);
        qint64 resolvedAfter = service.percent(lateResolution)
                                   ? resolutionTargetOf * service.between(104, 200) / 100
                                   : resolutionTargetOf * service.between(8, 95) / 100;
        const qint64 last = planned.constLast().at;
        if (firstResponse && firstResponse > created) {
            resolvedAfter = std::max(resolvedAfter, firstDelay + 60 * qint64(planned.size()));
            for (Planned &p : planned) {
                p.at = p.at < firstResponse
                           ? created + (p.at - created) * firstDelay / (firstResponse - created)
                           : created + firstDelay
                                 + (last > firstResponse ? (p.at - firstResponse) * (resolvedAfter - firstDelay)
                                                               / (last - firstResponse)
                                                         : 0);
            }
            firstResponse = created + firstDelay;
        } else if (last > created) {
            for (Planned &p : planned)
                p.at = created + (p.at - created) * resolvedAfter / (last - created);
        }
    }
    if (!placeLater && !showcase && planned.constLast().at > now - 60) {
        // A resolved case of the last days: its messages end before now too.
        const qint64 room = std::max<qint64>(now - 60 - created, 60);
        const qint64 span = planned.constLast().at - created;
        for (Planned &p : planned)
            p.at = created + (p.at - created) * room / span;
        if (firstResponse)
            firstResponse = created + (firstResponse - created) * room / span;
    }
    const qint64 firstTarget = firstResponseTarget[channel] / (priority == 3 ? 2 : 1);   // urgent: half
    if (placeLater) {
        // The deadline that applies now: first response until answered, then
        // resolution. About 10 % breached, 6 % due within the hour, the rest later.
        const qint64 target = firstResponse || firstTarget == 0 ? resolutionTarget[channel] : firstTarget;
        const int roll = random.below(100);
        qint64 offset = roll < 10 ? -random.between(60, 2 * 86400)
                        : roll < 16 ? random.between(60, 3500)
                                    : random.between(3600, int(std::max<qint64>(3601, target)));
        // The conversation so far fits between its start and now: its gaps
        // shrink rather than push the deadline into the past.
        const qint64 room = std::max<qint64>(target - offset - 60, 60);
        const qint64 span = planned.constLast().at;
        if (span > room) {
            for (Planned &p : planned)
                p.at = p.at * room / span;
            firstResponse = firstResponse * room / span;
        }
        // Every message lies in the past.
        offset = std::min(offset, target - planned.constLast().at - 60);
        created = now + offset - target;
        for (Planned &p : planned)
            p.at += created;
        if (firstResponse)
            firstResponse += created;
    }
    const qint64 updated = planned.constLast().at;

    const qint64 firstDue = created + firstTarget;
    const qint64 resolutionDue = created + resolutionTarget[channel];
    const qint64 slaDue = firstResponse ? resolutionDue : firstDue;
    const QStringList topicsOfThis = {text(topicNames[topic])};

    const qint64 id = nextConversation++;
    Statement &c = conversation;
    c.bind(1, id);
    c.bind(2, customer.id);
    c.bind(3, text(channelNames[channel]));
    c.bind(4, text(topicQueues[topic]));
    c.bind(5, text(statusNames[status]));
    c.bind(6, text(priorityNames[priority]));
    if (assigned)
        c.bind(7, text(agentNames[agent][0]));
    else
        c.bindNull(7);
    c.bind(8, text(languageCodes[language]));
    c.bind(9, subject);
    c.bind(10, topicsOfThis.constFirst());
    c.bind(11, isoFromEpoch(created));
    c.bind(12, isoFromEpoch(updated));
    if (firstResponseTarget[channel] > 0)
        c.bind(13, isoFromEpoch(firstDue));
    else
        c.bindNull(13);
    if (firstResponse)
        c.bind(14, isoFromEpoch(firstResponse));
    else
        c.bindNull(14);
    c.bind(15, isoFromEpoch(resolutionDue));
    if (open)
        c.bindNull(16);
    else
        c.bind(16, isoFromEpoch(updated));
    c.bind(17, isoFromEpoch(slaDue));
    c.bind(18, qint64(messages));
    QString preview;
    for (const Planned &p : std::as_const(planned)) {
        if (p.direction != QLatin1String("note"))
            preview = p.body;
    }
    preview = preview.simplified();
    if (preview.size() > 140)
        preview = preview.left(139) + QChar(0x2026);
    c.bind(19, preview);
    bool anyAttachment = false;
    for (const Planned &p : std::as_const(planned))
        anyAttachment = anyAttachment || p.attachment;
    c.bind(20, qint64(anyAttachment ? 1 : 0));
    if (!c.step())
        return fail();


    this->topic.bind(1, id);
    this->topic.bind(2, topicsOfThis.constFirst());
    if (!this->topic.step())
        return fail();
    search.bind(1, id << ConversationRepository::SearchRowShift);
    search.bind(2, subject);
    if (!search.step())
        return fail();

    for (int i = 0; i < planned.size(); ++i) {
        const Planned &p = planned.at(i);
        const qint64 messageId = nextMessage++;
        Statement &m = message;
        m.bind(1, messageId);
        m.bind(2, id);
        m.bind(3, qint64(i + 1));
        m.bind(4, p.direction);
        m.bind(5, p.author);
        m.bind(6, isoFromEpoch(p.at));
        m.bind(7, p.body);
        const bool outbound = p.direction == QLatin1String("outbound");
        m.bind(8, outbound ? (channel == 1 ? QStringLiteral("sent") : QStringLiteral("delivered"))
                           : QStringLiteral("received"));
        if (channel == 1)
            m.bind(9, QStringLiteral("demo-%1-%2@aurora.example").arg(id, 9, 10, QLatin1Char('0')).arg(i + 1));
        else
            m.bindNull(9);
        if (!m.step())
            return fail();
        search.bind(1, (id << ConversationRepository::SearchRowShift) | (i + 1));
        search.bind(2, p.body);
        if (!search.step())
            return fail();
        if (p.attachment) {
            const QList<BlobInfo> &pool = (topic == 3 && random.percent(60)) ? statements : receipts;
            const BlobInfo &blob = pool.at(random.below(int(pool.size())));
            Statement &a = attachment;
            a.bind(1, nextAttachment++);
            a.bind(2, messageId);
            a.bind(3, blob.fileName);
            a.bind(4, blob.mimeType);
            a.bind(5, blob.size);
            a.bind(6, blob.sha256);
            if (!a.step())
                return fail();
        }
    }

    // A survey goes out a minute after a resolved conversation, on its
    // channel; about a third come back, mostly 4s and 5s.
    if (!open && !showcase && channel != 6) {
        const qint64 sent = updated + 60;
        if (sent <= now) {
            const QString agentName = assigned ? text(agentNames[agent][0]) : QString();
            csatRequest.bind(1, id);
            if (assigned)
                csatRequest.bind(2, agentName);
            else
                csatRequest.bindNull(2);
            csatRequest.bind(3, text(channelNames[channel]));
            csatRequest.bind(4, isoFromEpoch(sent));
            if (!csatRequest.step())
                return fail();
            const qint64 answered = sent + service.lowSkewed(120, 2 * 86400);
            if (service.percent(csatAnswerRate[channel]) && answered <= now) {
                int roll = service.below(100);
                int score = 1;
                while (score < 5 && roll >= csatWeights[channel][score - 1]) {
                    roll -= csatWeights[channel][score - 1];
                    ++score;
                }
                if (assigned && isStrugglingAgent(agent) && service.percent(40))
                    score -= service.between(1, 2);
                if (updated > resolutionDue && service.percent(30))
                    score -= 1;   // resolved late
                csatAnswer.bind(1, id);
                if (assigned)
                    csatAnswer.bind(2, agentName);
                else
                    csatAnswer.bindNull(2);
                csatAnswer.bind(3, text(channelNames[channel]));
                csatAnswer.bind(4, qint64(std::max(1, score)));
                csatAnswer.bind(5, isoFromEpoch(answered));
                if (!csatAnswer.step())
                    return fail();
            }
        }
    }
    // A lost card was locked and mostly replaced, a disputed purchase disputed.
    if (!open && !showcase && customer.id > ShowcaseCustomers && (topic == 0 || topic == 5))
        return addCardOutcome(id, customer.id, topic, agent, created, firstResponse, updated);
    return true;
}

bool DemoConversations::Run::addEvent(qint64 cardId, qint64 at, const char *from, const char *to,
                                      const QString &reasonCode, const char *channel, const QString &agent)
{
    Statement &e = cardEvent;
    e.bind(1, cardId);
    e.bind(2, isoFromEpoch(at));
    e.bind(3, QString::fromLatin1(from));
    e.bind(4, QString::fromLatin1(to));
    if (reasonCode.isEmpty())
        e.bindNull(5);
    else
        e.bind(5, reasonCode);
    e.bind(6, QString::fromLatin1(channel));
    if (agent.isEmpty())
        e.bindNull(7);
    else
        e.bind(7, agent);
    return e.step() || fail();
}

bool DemoConversations::Run::addCardOutcome(qint64 conversationId, qint64 customerId, int topic, int agent,
                                            qint64 created, qint64 firstResponse, qint64 resolved)
{
    // A stream of its own per conversation: the inbox draws as it did before.
    DemoRandom outcome(options.seed, quint64(conversationId), DemoRandom::OutcomeSalt ^ DemoRandom::InboxSalt);
    const QString agentName = text(agentNames[agent][0]);
    // The agent acted while talking to the customer: by the first answer, or soon after the contact.
    const qint64 acted = std::min(firstResponse > created ? firstResponse : created + outcome.between(120, 900),
                                  std::max(created + 60, resolved - 60));
    if (topic == 0) {
        // The customer's card as the customer view shows it today: active. It
        // was locked, and then either found (unlocked) or replaced: the order
        // is for the card the customer holds now, delivered and activated.
        qint64 cardId = 0;
        activeCard.bind(1, customerId);
        activeCard.bind(2, isoFromEpoch(acted - 86400));
        if (sqlite3_step(activeCard.handle()) == SQLITE_ROW)
            cardId = sqlite3_column_int64(activeCard.handle(), 0);
        sqlite3_reset(activeCard.handle());
        if (!cardId)
            return true;
        const bool stolen = outcome.percent(30);
        if (!addEvent(cardId, acted, "active", "locked", QString::fromLatin1(stolen ? "stolen" : "lost"),
                      "agent_console", agentName))
            return false;
        const bool replaced = outcome.percent(75);
        qint64 back = replaced ? acted + outcome.between(3 * 86400, 7 * 86400) : acted + outcome.between(3600, 2 * 86400);
        back = std::max(acted + 60, std::min(back, now - 60));
        if (replaced) {
            QString address;
            customerAddress.bind(1, customerId);
            if (sqlite3_step(customerAddress.handle()) == SQLITE_ROW)
                address = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(customerAddress.handle(), 0)));
            sqlite3_reset(customerAddress.handle());
            // To the registered address (as CardRepository::registeredAddress has it), by post or expedited.
            Statement &o = cardOrder;
            o.bind(1, cardId);
            o.bind(2, QString::fromLatin1(outcome.percent(85) ? "post" : "expedited"));
            o.bind(3, address.trimmed());
            o.bind(4, qint64(outcome.percent(70) ? 1 : 0));
            o.bind(5, isoFromEpoch(std::min(acted + outcome.between(60, 600), back)));
            o.bind(6, agentName);
            if (!o.step())
                return fail();
        }
        // Found again and unlocked when the customer called back, or the replacement arrived and was activated.
        // (Both at the desk: DemoDataGenerator's inbox phase tells these from the customers' own by the channel.)
        return addEvent(cardId, back, "locked", "active",
                        replaced ? QString() : QStringLiteral("customer_request"), "agent_console", agentName);
    }

    // A disputed purchase: one of the customer's posted, undisputed
    // purchases of the weeks before the contact.
    QList<std::pair<qint64, qint64>> candidates;   // transaction, card
    disputable.bind(1, customerId);
    disputable.bind(2, isoFromEpoch(created - 45 * 86400));
    disputable.bind(3, isoFromEpoch(created));
    while (sqlite3_step(disputable.handle()) == SQLITE_ROW)
        candidates.append({sqlite3_column_int64(disputable.handle(), 0), sqlite3_column_int64(disputable.handle(), 1)});
    sqlite3_reset(disputable.handle());
    if (candidates.isEmpty())
        return true;
    const auto [transactionId, cardId] = candidates.at(outcome.below(int(candidates.size())));
    static const char *const reasons[] = {"not_authorised", "duplicate", "amount_differs", "not_received",
                                          "cancelled_recurring"};
    static const int reasonWeights[] = {35, 15, 15, 25, 10};
    int roll = outcome.below(100);
    int reason = 0;
    while (roll >= reasonWeights[reason]) {
        roll -= reasonWeights[reason];
        ++reason;
    }
    // Chargebacks take weeks: older disputes are mostly decided.
    const bool old = now - acted > 30 * 86400;
    const int decide = outcome.below(100);
    const char *status = old ? (decide < 55 ? "won" : decide < 80 ? "lost" : decide < 90 ? "withdrawn" : "open")
                             : (decide < 85 ? "open" : "withdrawn");
    Statement &d = dispute;
    d.bind(1, transactionId);
    d.bind(2, cardId);
    d.bind(3, QString::fromLatin1(reasons[reason]));
    d.bind(4, QString::fromLatin1(status));
    d.bind(5, isoFromEpoch(acted));
    d.bind(6, agentName);
    if (!d.step())
        return fail();
    // transactions.dispute_status mirrors the dispute for the lists (a withdrawn one leaves none).
    if (qstrcmp(status, "withdrawn") == 0)
        disputeMirror.bindNull(1);
    else
        disputeMirror.bind(1, QString::fromLatin1(status));
    disputeMirror.bind(2, transactionId);
    return disputeMirror.step() || fail();
}

DemoConversations::DemoConversations(const Options &options)
    : m_run(std::make_unique<Run>())
{
    m_run->options = options;
    const QDate reference = options.referenceDate.isValid() ? options.referenceDate : QDate(2026, 11, 22);
    const QTime time = options.referenceTime.isValid() ? options.referenceTime : QTime(12, 0);
    m_run->now = QDateTime(reference, QTime(time.hour(), time.minute()), Qt::UTC).toSecsSinceEpoch();
    m_run->perMille = options.perMille >= 0 ? options.perMille : conversationsPerMille(options.customers);
    m_run->messagesPerConversation = options.messagesPerConversation >= 1 ? options.messagesPerConversation
                                                                          : messagesPerConversation(options.customers);
}

DemoConversations::~DemoConversations() = default;

namespace {

/// Full density up to 100,000 customers, low density from 500,000, linear in between
/// (as DemoDataGenerator::transactionsPerCustomer).
int byScale(int customers, int full, int low)
{
    constexpr int fullDensityUpTo = 100000;
    constexpr int lowDensityFrom = 500000;
    if (customers <= fullDensityUpTo)
        return full;
    if (customers >= lowDensityFrom)
        return low;
    return full - int(qint64(full - low) * (customers - fullDensityUpTo) / (lowDensityFrom - fullDensityUpTo));
}

} // namespace

int DemoConversations::conversationsPerMille(int customers)
{
    // Measured on the 2-core build machine at a million customers (seed CPU
    // time, customers included): one conversation per customer with five
    // messages 286 s; 500 per 1000 with three messages 174 s; 400 per 1000
    // 156 s. The whole seed must stay under three minutes with a margin for
    // a busy machine, so 200 per 1000 (about 115 s) at that scale.
    return byScale(customers, 1000, 200);
}

int DemoConversations::messagesPerConversation(int customers)
{
    return byScale(customers, 5, 3);
}

bool DemoConversations::begin(sqlite3 *db, QString *error)
{
    Run &r = *m_run;
    r.db = db;
    auto failed = [&] {
        if (error)
            *error = r.error.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(db)) : r.error;
        return false;
    };
    // Indexes that an earlier, interrupted load dropped come back first.
    if (!restoreIndexes(db, &r.error))
        return failed();
    // The list indexes are built once after the load: faster than keeping
    // ten indexes in step with a million random keys. Their definitions stay
    // in the meta table until finish(), committed with the drop.
    {
        sqlite3_stmt *raw = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'conversations'"
                                   " AND name LIKE 'conversations\\_%' ESCAPE '\\' AND sql IS NOT NULL",
                               -1, &raw, nullptr) != SQLITE_OK)
            return failed();
        QStringList names;
        while (sqlite3_step(raw) == SQLITE_ROW) {
            names << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(raw, 0)));
            r.droppedIndexes << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(raw, 1)));
        }
        sqlite3_finalize(raw);
        for (const QString &name : std::as_const(names)) {
            if (!r.exec((QStringLiteral("DROP INDEX ") + name).toUtf8().constData()))
                return failed();
        }
        Statement keep;
        if (!keep.prepare(db, "INSERT OR REPLACE INTO meta (key, value) VALUES ('demo_dropped_indexes', ?)"))
            return failed();
        keep.bind(1, r.droppedIndexes.join(QLatin1Char(';')));   // no ';' inside a CREATE INDEX
        if (!r.droppedIndexes.isEmpty() && !keep.step())
            return failed();
    }
    if (!r.activeCard.prepare(db, "SELECT id FROM cards WHERE customer_id = ? AND status = 'active'"
                                  " AND issued_at < ? ORDER BY id LIMIT 1")
        || !r.customerAddress.prepare(db, "SELECT coalesce(street, '') || ', ' || coalesce(postcode, '') || ' '"
                                          " || coalesce(city, '') FROM customers WHERE id = ?")
        || !r.disputable.prepare(db, "SELECT t.id, t.card_id FROM cards AS k JOIN transactions AS t"
                                     " ON t.card_id = k.id AND t.occurred_at >= ?2 AND t.occurred_at < ?3"
                                     " WHERE k.customer_id = ?1 AND t.status = 'posted' AND t.dispute_status IS NULL"
                                     " ORDER BY t.id")
        || !r.cardEvent.prepare(db, "INSERT INTO card_events (card_id, at, from_state, to_state, reason_code,"
                                    " channel, agent) VALUES (?, ?, ?, ?, ?, ?, ?)")
        || !r.cardOrder.prepare(db, "INSERT INTO card_orders (card_id, kind, delivery, address, pin_carries_over,"
                                    " requested_at, agent) VALUES (?, 'replacement', ?, ?, ?, ?, ?)")
        || !r.dispute.prepare(db, "INSERT INTO disputes (transaction_id, card_id, reason, status, opened_at, agent)"
                                  " VALUES (?, ?, ?, ?, ?, ?)")
        || !r.disputeMirror.prepare(db, "UPDATE transactions SET dispute_status = ? WHERE id = ?"))
        return failed();
    if (!r.conversation.prepare(db, "INSERT INTO conversations (id, customer_id, channel, queue, status, priority,"
                                    " assignee, language, subject, topics, created_at, updated_at, first_response_due,"
                                    " first_responded_at, resolution_due, resolved_at, sla_due, message_count,"
                                    " last_message_preview, has_attachments)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        || !r.topic.prepare(db, "INSERT INTO conversation_topics (conversation_id, topic) VALUES (?, ?)")
        || !r.message.prepare(db, "INSERT INTO messages (id, conversation_id, seq, direction, author, at, body_text,"
                                  " delivery, external_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        || !r.attachment.prepare(db, "INSERT INTO attachments (id, message_id, file_name, mime_type, size, sha256)"
                                     " VALUES (?, ?, ?, ?, ?, ?)")
        || !r.search.prepare(db, "INSERT INTO conversation_search (rowid, text) VALUES (?, ?)")
        || !r.alert.prepare(db, "INSERT INTO alerts (id, conversation_id, customer_id, card_id, rules, findings,"
                                " status, raised_at) VALUES (?, ?, ?, ?, ?, ?, 'open', ?)")
        || !r.alertTransaction.prepare(db, "INSERT OR IGNORE INTO alert_transactions (transaction_id, alert_id)"
                                           " VALUES (?, ?)")
        || !r.csatRequest.prepare(db, "INSERT INTO csat_requests (conversation_id, agent, channel, sent_at)"
                                      " VALUES (?, ?, ?, ?)")
        || !r.csatAnswer.prepare(db, "INSERT INTO csat_answers (conversation_id, agent, channel, score, answered_at)"
                                     " VALUES (?, ?, ?, ?, ?)"))
        return failed();
    // No incremental merging of full-text segments during the load: finish()
    // merges everything once ('optimize'), which is cheaper than merging as
    // the segments arrive.
    if (!r.exec("INSERT INTO conversation_search (conversation_search, rank) VALUES ('automerge', 0)"))
        return failed();
    r.receipts = r.makeBlobs(false, 12);
    r.statements = r.makeBlobs(true, 6);
    return true;
}

bool DemoConversations::addCustomer(const Customer &customer, QString *error)
{
    Run &r = *m_run;
    Random random(r.options.seed, quint64(customer.id));
    const int language = customer.language == QLatin1String("fi")   ? 0
                         : customer.language == QLatin1String("sv") ? 1
                         : customer.language == QLatin1String("nb") ? 2
                                                                    : 3;
    bool ok = true;
    if (customer.id == 1) {
        // Showcase: Aino Virtanen's open email with a receipt, and a chat.
        ok = r.addConversation(random, customer, language, true, 1) && r.addConversation(random, customer, language, true, 2);
    } else {
        // perMille conversations per 1000 customers, spread evenly.
        const qint64 before = (customer.id - 1) * r.perMille / 1000;
        const qint64 after = customer.id * r.perMille / 1000;
        for (qint64 i = before; i < after && ok; ++i)
            ok = r.addConversation(random, customer, language, false, -1);
    }
    if (!ok && error)
        *error = r.error;
    return ok;
}

bool DemoConversations::addAlert(const Alert &alert, QString *error)
{
    Run &r = *m_run;
    DemoRandom random(r.options.seed, quint64(alert.customerId), DemoRandom::FraudSalt ^ DemoRandom::InboxSalt);
    // Raised when the transactions came in, and still open: the screening
    // runs as they are posted, so an open alert is minutes old at the
    // reference moment (one in eight waited past its target).
    const qint64 age = random.percent(12) ? random.between(20 * 60, 90 * 60) : random.between(60, 12 * 60);
    const qint64 created = r.now - age;
    const int channel = 6;
    const int priority = random.percent(60) ? 3 : 2;   // urgent or high
    const qint64 firstDue = created + firstResponseTarget[channel] / (priority == 3 ? 2 : 1);
    const qint64 resolutionDue = created + resolutionTarget[channel];
    const QString topic = QStringLiteral("online_payment_security");
    QString preview = alert.body.simplified();
    if (preview.size() > 140)
        preview = preview.left(139) + QChar(0x2026);

    const qint64 id = r.nextConversation++;
    Statement &c = r.conversation;
    c.bind(1, id);
    c.bind(2, alert.customerId);
    c.bind(3, text(channelNames[channel]));
    c.bind(4, QStringLiteral("fraud"));
    c.bind(5, QStringLiteral("new"));
    c.bind(6, text(priorityNames[priority]));
    c.bindNull(7);
    c.bind(8, alert.language);
    c.bind(9, alert.subject);
    c.bind(10, topic);
    c.bind(11, isoFromEpoch(created));
    c.bind(12, isoFromEpoch(created));
    c.bind(13, isoFromEpoch(firstDue));
    c.bindNull(14);
    c.bind(15, isoFromEpoch(resolutionDue));
    c.bindNull(16);
    c.bind(17, isoFromEpoch(firstDue));
    c.bind(18, qint64(1));
    c.bind(19, preview);
    c.bind(20, qint64(0));
    bool ok = c.step();
    r.topic.bind(1, id);
    r.topic.bind(2, topic);
    ok = ok && r.topic.step();
    r.search.bind(1, id << ConversationRepository::SearchRowShift);
    r.search.bind(2, alert.subject);
    ok = ok && r.search.step();

    Statement &m = r.message;
    m.bind(1, r.nextMessage++);
    m.bind(2, id);
    m.bind(3, qint64(1));
    m.bind(4, QStringLiteral("inbound"));
    m.bind(5, QStringLiteral("Fraud monitoring"));
    m.bind(6, isoFromEpoch(created));
    m.bind(7, alert.body);
    m.bind(8, QStringLiteral("received"));
    m.bindNull(9);
    ok = ok && m.step();
    r.search.bind(1, (id << ConversationRepository::SearchRowShift) | 1);
    r.search.bind(2, alert.body);
    ok = ok && r.search.step();

    // The alert's own id follows the conversation's: one alert per alert conversation.
    Statement &a = r.alert;
    a.bind(1, id);
    a.bind(2, id);
    a.bind(3, alert.customerId);
    a.bind(4, alert.cardId);
    a.bind(5, alert.rules);
    a.bind(6, alert.findingsJson);
    a.bind(7, isoFromEpoch(created));
    ok = ok && a.step();
    for (qint64 transactionId : alert.transactionIds) {
        r.alertTransaction.bind(1, transactionId);
        r.alertTransaction.bind(2, id);
        ok = ok && r.alertTransaction.step();
    }
    if (!ok) {
        r.fail();
        if (error)
            *error = r.error;
    }
    return ok;
}

bool DemoConversations::finish(QString *error)
{
    Run &r = *m_run;
    bool ok = r.exec("BEGIN");
    for (const QString &sql : std::as_const(r.droppedIndexes))
        ok = ok && r.exec(sql.toUtf8().constData());
    ok = ok && r.exec(ConversationRepository::rebuildCountsSql()) && r.exec(ConversationRepository::rebuildVocabularySql())
         && r.exec("DELETE FROM meta WHERE key = 'demo_dropped_indexes'") && r.exec("COMMIT");
    if (!ok) {
        if (!sqlite3_get_autocommit(r.db))
            sqlite3_exec(r.db, "ROLLBACK", nullptr, nullptr, nullptr);
        if (error)
            *error = r.error;
        return false;
    }
    r.droppedIndexes.clear();
    // One merged full-text segment; a failure only costs speed.
    if (!r.exec("INSERT INTO conversation_search (conversation_search) VALUES ('optimize')"))
        qWarning("DemoConversations: full-text optimize failed: %s", qUtf8Printable(r.error));
    // Back to SQLite's default for the writes of normal use.
    if (!r.exec("INSERT INTO conversation_search (conversation_search, rank) VALUES ('automerge', 4)"))
        qWarning("DemoConversations: full-text automerge reset failed: %s", qUtf8Printable(r.error));
    return true;
}

void DemoConversations::end()
{
    Run &r = *m_run;
    r.conversation.prepare(nullptr, nullptr);
    r.topic.prepare(nullptr, nullptr);
    r.message.prepare(nullptr, nullptr);
    r.attachment.prepare(nullptr, nullptr);
    r.search.prepare(nullptr, nullptr);
    r.alert.prepare(nullptr, nullptr);
    r.alertTransaction.prepare(nullptr, nullptr);
    r.csatRequest.prepare(nullptr, nullptr);
    r.csatAnswer.prepare(nullptr, nullptr);
    for (Statement *s : {&r.activeCard, &r.customerAddress, &r.disputable, &r.cardEvent, &r.cardOrder, &r.dispute,
                         &r.disputeMirror})
        s->prepare(nullptr, nullptr);
    // Indexes dropped by begin() come back even after a failed load, and
    // full-text merging is back on.
    if (!r.db)
        return;
    for (const QString &sql : std::as_const(r.droppedIndexes))
        r.exec(sql.toUtf8().constData());
    if (!r.droppedIndexes.isEmpty())
        r.exec("DELETE FROM meta WHERE key = 'demo_dropped_indexes'");
    r.droppedIndexes.clear();
    r.exec("INSERT INTO conversation_search (conversation_search, rank) VALUES ('automerge', 4)");
}

bool DemoConversations::restoreIndexes(sqlite3 *db, QString *error)
{
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT value FROM meta WHERE key = 'demo_dropped_indexes'", -1, &raw, nullptr)
        != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    QString kept;
    if (sqlite3_step(raw) == SQLITE_ROW)
        kept = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(raw, 0)));
    sqlite3_finalize(raw);
    if (kept.isEmpty())
        return true;
    // "IF NOT EXISTS": the load may have been killed after some came back.
    QStringList statements = kept.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (QString &sql : statements)
        sql.replace(QLatin1String("CREATE INDEX "), QLatin1String("CREATE INDEX IF NOT EXISTS "));
    statements << QStringLiteral("DELETE FROM meta WHERE key = 'demo_dropped_indexes'");
    for (const QString &sql : std::as_const(statements)) {
        char *message = nullptr;
        if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            if (error)
                *error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
            sqlite3_free(message);
            return false;
        }
    }
    return true;
}
