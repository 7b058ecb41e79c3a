<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AccountsPanel</name>
    <message>
        <source>Accounts</source>
        <translation>Tilit</translation>
    </message>
    <message>
        <source>This customer has no accounts.</source>
        <translation>Asiakkaalla ei ole tilejä.</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Luottoraja</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Käytettävissä</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <source>Minimum due</source>
        <translation>Vähimmäiserä</translation>
    </message>
</context>
<context>
    <name>ApplicationController</name>
    <message>
        <source>Opening the customer database…</source>
        <translation>Avataan asiakastietokantaa…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>The customer database is not open.</source>
        <translation>Asiakastietokanta ei ole auki.</translation>
    </message>
    <message>
        <source>Choose a Folder for the Customer Database</source>
        <translation>Valitse asiakastietokannan kansio</translation>
    </message>
    <message>
        <source>No folder was chosen. The customer database is still not open.</source>
        <translation>Kansiota ei valittu. Asiakastietokanta ei ole vieläkään auki.</translation>
    </message>
    <message>
        <source>Move the Damaged File Aside</source>
        <translation>Siirrä vioittunut tiedosto syrjään</translation>
    </message>
    <message>
        <source>Move “%1” aside and start with a new, empty database?</source>
        <translation>Siirretäänkö ”%1” syrjään ja aloitetaan uudella, tyhjällä tietokannalla?</translation>
    </message>
    <message>
        <source>The file is renamed to “%1” and kept in the same folder, so it can still be examined or recovered. Nothing is deleted.</source>
        <translation>Tiedoston nimeksi muutetaan ”%1” ja se säilytetään samassa kansiossa, joten sen voi yhä tutkia tai palauttaa. Mitään ei poisteta.</translation>
    </message>
    <message>
        <source>Move Aside</source>
        <translation>Siirrä syrjään</translation>
    </message>
    <message>
        <source>The damaged file was left where it is. The customer database is still not open.</source>
        <translation>Vioittunut tiedosto jätettiin paikalleen. Asiakastietokanta ei ole vieläkään auki.</translation>
    </message>
    <message>
        <source>The file could not be renamed. Check that you may write to the folder, or choose another folder.</source>
        <translation>Tiedostoa ei voitu nimetä uudelleen. Tarkista, että sinulla on kansioon kirjoitusoikeus, tai valitse toinen kansio.</translation>
    </message>
    <message>
        <source>Preparing demo customers: %1 of %2…</source>
        <translation>Valmistellaan esittelyasiakkaita: %1 / %2…</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>entry %1 is missing</source>
        <translation>merkintä %1 puuttuu</translation>
    </message>
    <message>
        <source>entry %1 is out of order</source>
        <translation>merkintä %1 on väärässä järjestyksessä</translation>
    </message>
    <message>
        <source>entry %1 does not continue the chain</source>
        <translation>merkintä %1 ei jatka ketjua</translation>
    </message>
    <message>
        <source>entry %1 does not link to entry %2: one of them was altered</source>
        <translation>merkintä %1 ei liity merkintään %2: toista niistä on muutettu</translation>
    </message>
    <message>
        <source>entry %1 was altered</source>
        <translation>merkintää %1 on muutettu</translation>
    </message>
</context>
<context>
    <name>CardsPanel</name>
    <message>
        <source>Cards</source>
        <translation>Kortit</translation>
    </message>
    <message>
        <source>This customer has no cards.</source>
        <translation>Asiakkaalla ei ole kortteja.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>card status · reason</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Vanhenee %1</translation>
    </message>
    <message>
        <source>Replaces %1</source>
        <translation>Korvaa kortin %1</translation>
    </message>
    <message>
        <source>Replacement card</source>
        <translation>Korvaava kortti</translation>
    </message>
    <message>
        <source>Replaced by %1</source>
        <translation>Korvattu kortilla %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Verkko-ostot</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>Ulkomaat</translation>
    </message>
    <message>
        <source>Contactless</source>
        <translation>Lähimaksu</translation>
    </message>
    <message>
        <source>ATM</source>
        <translation>Käteisnostot</translation>
    </message>
</context>
<context>
    <name>CommandProcessor</name>
    <message>
        <source>The change could not be saved, and nothing was changed. Try again; if it keeps failing, tell your supervisor.</source>
        <translation>Muutosta ei voitu tallentaa, eikä mitään muutettu. Yritä uudelleen. Jos ongelma toistuu, ilmoita esihenkilöllesi.</translation>
    </message>
</context>
<context>
    <name>ContactDetailsEditor</name>
    <message>
        <source>Saving…</source>
        <translation>Tallennetaan…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Paikkakunta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>For example +358 40 123 4567</source>
        <translation>Esim. +358 40 123 4567</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>ContactDetailsPanel</name>
    <message>
        <source>Contact details saved.</source>
        <translation>Yhteystiedot tallennettu.</translation>
    </message>
    <message>
        <source>Some details need correcting. See the messages next to the fields.</source>
        <translation>Joitakin tietoja on korjattava. Katso ohjeet kenttien vierestä.</translation>
    </message>
    <message>
        <source>The customer was changed by someone else while you were editing. Reload to see the current details, then make your change again.</source>
        <translation>Toinen käyttäjä muutti asiakkaan tietoja sillä välin, kun muokkasit niitä. Lataa ajantasaiset tiedot ja tee muutos sitten uudelleen.</translation>
    </message>
    <message>
        <source>The change could not be saved. Nothing was changed; try again.</source>
        <translation>Muutosta ei voitu tallentaa. Mitään ei muutettu; yritä uudelleen.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Ei annettu</translation>
    </message>
    <message>
        <source>Marketing: %1  ·  SMS: %2</source>
        <translation>Markkinointi: %1  ·  Tekstiviestit: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Muokkaa</translation>
    </message>
    <message>
        <source>Change phone, email, address or language</source>
        <translation>Muuta puhelinnumeroa, sähköpostiosoitetta, osoitetta tai kieltä</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Suostumukset</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <source>IDENTITY</source>
        <translation>HENKILÖLLISYYS</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>Henkilötunnus</translation>
    </message>
</context>
<context>
    <name>ContactValidator</name>
    <message>
        <source>Enter the part before the @ sign too, for example name@example.com.</source>
        <translation>Kirjoita myös @-merkkiä edeltävä osa, esimerkiksi nimi@example.com.</translation>
    </message>
    <message>
        <source>The part before the @ sign is too long. It can have at most 64 characters.</source>
        <translation>@-merkkiä edeltävä osa on liian pitkä. Siinä voi olla enintään 64 merkkiä.</translation>
    </message>
    <message>
        <source>The part before the @ sign cannot start or end with a dot or have two dots in a row. Check the address with the customer.</source>
        <translation>@-merkkiä edeltävä osa ei voi alkaa eikä päättyä pisteeseen, eikä siinä voi olla kahta pistettä peräkkäin. Tarkista osoite asiakkaalta.</translation>
    </message>
    <message>
        <source>Enter the domain after the @ sign with at least one dot, for example name@example.com.</source>
        <translation>Kirjoita @-merkin jälkeen verkkotunnus, jossa on vähintään yksi piste, esimerkiksi nimi@example.com.</translation>
    </message>
    <message>
        <source>The domain after the @ sign cannot start or end with a dot or have two dots in a row. Check the address with the customer.</source>
        <translation>@-merkin jälkeinen verkkotunnus ei voi alkaa eikä päättyä pisteeseen, eikä siinä voi olla kahta pistettä peräkkäin. Tarkista osoite asiakkaalta.</translation>
    </message>
    <message>
        <source>A part of the domain after the @ sign cannot start or end with a hyphen. Check the address with the customer.</source>
        <translation>@-merkin jälkeisen verkkotunnuksen osa ei voi alkaa eikä päättyä yhdysmerkkiin. Tarkista osoite asiakkaalta.</translation>
    </message>
    <message>
        <source>The domain after the @ sign can contain only letters, digits, hyphens and dots. Check the address with the customer.</source>
        <translation>@-merkin jälkeisessä verkkotunnuksessa voi olla vain kirjaimia, numeroita, yhdysmerkkejä ja pisteitä. Tarkista osoite asiakkaalta.</translation>
    </message>
    <message>
        <source>The domain after the @ sign must end in a name such as .fi or .com. Check the address with the customer.</source>
        <translation>@-merkin jälkeisen verkkotunnuksen on päätyttävä tunnukseen, kuten .fi tai .com. Tarkista osoite asiakkaalta.</translation>
    </message>
    <message>
        <source>The domain after the @ sign is not a valid internet domain. Check the address with the customer.</source>
        <translation>@-merkin jälkeinen osa ei ole kelvollinen verkkotunnus. Tarkista osoite asiakkaalta.</translation>
    </message>
    <message>
        <source>Enter an email address, for example name@example.com.</source>
        <translation>Kirjoita sähköpostiosoite, esimerkiksi nimi@example.com.</translation>
    </message>
    <message>
        <source>The email address is too long. An address can have at most 254 characters.</source>
        <translation>Sähköpostiosoite on liian pitkä. Osoitteessa voi olla enintään 254 merkkiä.</translation>
    </message>
    <message>
        <source>The email address contains invisible control characters. Type the address again instead of pasting it.</source>
        <translation>Sähköpostiosoitteessa on näkymättömiä ohjausmerkkejä. Kirjoita osoite uudelleen käsin, älä liitä sitä.</translation>
    </message>
    <message>
        <source>An email address cannot contain spaces. Remove the spaces and try again.</source>
        <translation>Sähköpostiosoitteessa ei voi olla välilyöntejä. Poista välilyönnit ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>An email address needs an @ sign, for example name@example.com.</source>
        <translation>Sähköpostiosoitteessa on oltava @-merkki, esimerkiksi nimi@example.com.</translation>
    </message>
    <message>
        <source>An email address can have only one @ sign. Check the address with the customer.</source>
        <translation>Sähköpostiosoitteessa voi olla vain yksi @-merkki. Tarkista osoite asiakkaalta.</translation>
    </message>
    <message>
        <source>The email address contains a character that cannot be used in an address, such as a comma, a bracket or a quotation mark. Remove it and try again.</source>
        <translation>Sähköpostiosoitteessa on merkki, jota osoitteessa ei voi käyttää, kuten pilkku, sulje tai lainausmerkki. Poista merkki ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Enter a phone number, for example 040 123 4567 or +358 40 123 4567.</source>
        <translation>Kirjoita puhelinnumero, esimerkiksi 040 123 4567 tai +358 40 123 4567.</translation>
    </message>
    <message>
        <source>Enter a phone number, for example 070 123 45 67 or +46 70 123 45 67.</source>
        <translation>Kirjoita puhelinnumero, esimerkiksi 070 123 45 67 tai +46 70 123 45 67.</translation>
    </message>
    <message>
        <source>Enter a phone number, for example 412 34 567 or +47 412 34 567.</source>
        <translation>Kirjoita puhelinnumero, esimerkiksi 412 34 567 tai +47 412 34 567.</translation>
    </message>
    <message>
        <source>Enter a phone number with its country code, for example +358 40 123 4567.</source>
        <translation>Kirjoita puhelinnumero maatunnuksineen, esimerkiksi +358 40 123 4567.</translation>
    </message>
    <message>
        <source>A phone number can contain only digits, spaces and the characters + - ( ) . / and needs at least five digits. Check the number and try again.</source>
        <translation>Puhelinnumerossa voi olla vain numeroita, välilyöntejä ja merkkejä + - ( ) . / ja siinä on oltava vähintään viisi numeroa. Tarkista numero ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>This is not a valid Finnish phone number. Check the digits, or enter a foreign number with its country code, for example +46 70 123 45 67.</source>
        <translation>Tämä ei ole kelvollinen suomalainen puhelinnumero. Tarkista numerot tai kirjoita ulkomainen numero maatunnuksineen, esimerkiksi +46 70 123 45 67.</translation>
    </message>
    <message>
        <source>This is not a valid Swedish phone number. Check the digits, or enter a foreign number with its country code, for example +358 40 123 4567.</source>
        <translation>Tämä ei ole kelvollinen ruotsalainen puhelinnumero. Tarkista numerot tai kirjoita ulkomainen numero maatunnuksineen, esimerkiksi +358 40 123 4567.</translation>
    </message>
    <message>
        <source>This is not a valid Norwegian phone number. Check the digits, or enter a foreign number with its country code, for example +358 40 123 4567.</source>
        <translation>Tämä ei ole kelvollinen norjalainen puhelinnumero. Tarkista numerot tai kirjoita ulkomainen numero maatunnuksineen, esimerkiksi +358 40 123 4567.</translation>
    </message>
    <message>
        <source>This is not a valid phone number. Enter it with its country code, for example +358 40 123 4567.</source>
        <translation>Tämä ei ole kelvollinen puhelinnumero. Kirjoita numero maatunnuksineen, esimerkiksi +358 40 123 4567.</translation>
    </message>
    <message>
        <source>Enter a Finnish postcode of five digits, for example 00100.</source>
        <translation>Kirjoita viisinumeroinen suomalainen postinumero, esimerkiksi 00100.</translation>
    </message>
    <message>
        <source>Enter a Swedish postcode of five digits, for example 113 51 or 11351. Swedish postcodes do not start with 0.</source>
        <translation>Kirjoita viisinumeroinen ruotsalainen postinumero, esimerkiksi 113 51 tai 11351. Ruotsalaiset postinumerot eivät ala nollalla.</translation>
    </message>
    <message>
        <source>Enter a Norwegian postcode of four digits, for example 0150.</source>
        <translation>Kirjoita nelinumeroinen norjalainen postinumero, esimerkiksi 0150.</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s country (Finland, Sweden or Norway) before entering the postcode.</source>
        <translation>Valitse asiakkaan maa (Suomi, Ruotsi tai Norja) ennen kuin kirjoitat postinumeron.</translation>
    </message>
    <message>
        <source>Enter the street address, for example Mannerheimintie 12 B 7.</source>
        <translation>Kirjoita katuosoite, esimerkiksi Mannerheimintie 12 B 7.</translation>
    </message>
    <message>
        <source>The street address is too long. Shorten it to at most 100 characters.</source>
        <translation>Katuosoite on liian pitkä. Lyhennä se enintään 100 merkkiin.</translation>
    </message>
    <message>
        <source>The street address contains invisible control characters. Type it again instead of pasting it.</source>
        <translation>Katuosoitteessa on näkymättömiä ohjausmerkkejä. Kirjoita osoite uudelleen käsin, älä liitä sitä.</translation>
    </message>
    <message>
        <source>The street address must contain the name of the street, for example Storgatan 5.</source>
        <translation>Katuosoitteessa on oltava kadun nimi, esimerkiksi Storgatan 5.</translation>
    </message>
    <message>
        <source>Enter the city or town, for example Helsinki.</source>
        <translation>Kirjoita paikkakunta, esimerkiksi Helsinki.</translation>
    </message>
    <message>
        <source>The city name is too long. Shorten it to at most 100 characters.</source>
        <translation>Paikkakunnan nimi on liian pitkä. Lyhennä se enintään 100 merkkiin.</translation>
    </message>
    <message>
        <source>The city name contains invisible control characters. Type it again instead of pasting it.</source>
        <translation>Paikkakunnan nimessä on näkymättömiä ohjausmerkkejä. Kirjoita nimi uudelleen käsin, älä liitä sitä.</translation>
    </message>
    <message>
        <source>The city name must contain letters, for example Tromsø. Enter the postcode in its own field.</source>
        <translation>Paikkakunnan nimessä on oltava kirjaimia, esimerkiksi Tromsø. Kirjoita postinumero omaan kenttäänsä.</translation>
    </message>
</context>
<context>
    <name>CustomerHeader</name>
    <message>
        <source>%1 member</source>
        <comment>loyalty tier pill</comment>
        <translation>%1-asiakas</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Asiakasnumero %1</translation>
    </message>
    <message>
        <source>Prefers %1</source>
        <translation>Asiointikieli: %1</translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation>Asiakkaana vuodesta %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Voimassa %1 asti</translation>
    </message>
    <message>
        <source>Active benefits:</source>
        <translation>Voimassa olevat edut:</translation>
    </message>
</context>
<context>
    <name>CustomerLookupPane</name>
    <message>
        <source>Name, phone, email, customer number or card last four</source>
        <translation>Nimi, puhelin, sähköposti, asiakasnumero tai kortin loppunumerot</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>Asiakashaku</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Löydetyt asiakkaat</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Hae asiakasta</translation>
    </message>
    <message>
        <source>Start typing a name, phone number, email address, customer number or the last four digits of a card. Results appear as you type.</source>
        <translation>Ala kirjoittaa nimeä, puhelinnumeroa, sähköpostiosoitetta, asiakasnumeroa tai kortin neljää viimeistä numeroa. Tulokset näkyvät jo kirjoittaessasi.</translation>
    </message>
    <message>
        <source>Press %1 from anywhere to come back to this field.</source>
        <translation>Palaat tähän kenttään mistä tahansa painamalla %1.</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Ei osumia</translation>
    </message>
    <message>
        <source>No customers match “%1”. Try a phone number, an email or the last four digits of a card.</source>
        <translation>Haulla ”%1” ei löytynyt asiakkaita. Kokeile puhelinnumeroa, sähköpostiosoitetta tai kortin neljää viimeistä numeroa.</translation>
    </message>
    <message>
        <source>The search did not work</source>
        <translation>Haku epäonnistui</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Haetaan…</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n customer(s); scroll for more or keep typing to narrow down</source>
        <translation>
            <numerusform>Näytetään %n ensimmäinen asiakas; vieritä nähdäksesi lisää tai tarkenna hakua</numerusform>
            <numerusform>Näytetään %n ensimmäistä asiakasta; vieritä nähdäksesi lisää tai tarkenna hakua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n asiakas</numerusform>
            <numerusform>%n asiakasta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <source>The search could not be completed. Try again; if it keeps failing, restart CardDesk.</source>
        <translation>Hakua ei voitu suorittaa loppuun. Yritä uudelleen. Jos ongelma toistuu, käynnistä CardDesk uudelleen.</translation>
    </message>
</context>
<context>
    <name>CustomerResultDelegate</name>
    <message>
        <source>Blocked</source>
        <comment>a card is blocked; badge in the lookup list</comment>
        <translation>Suljettu</translation>
    </message>
    <message>
        <source>Locked</source>
        <comment>a card is locked; badge in the lookup list</comment>
        <translation>Lukittu</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Erääntynyt</translation>
    </message>
</context>
<context>
    <name>CustomerSearchModel</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>Asiakasnro</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kortit</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Paikkakunta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Blocked card</source>
        <translation>Suljettu kortti</translation>
    </message>
    <message>
        <source>Locked card</source>
        <translation>Lukittu kortti</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Erääntynyt</translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <source>This customer could not be found. They may have been removed.</source>
        <translation>Asiakasta ei löytynyt. Asiakas on ehkä poistettu.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Lataa uudelleen</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Asiakasta ei ole valittu</translation>
    </message>
    <message>
        <source>Find a customer on the left and select them to see their details, accounts, cards and recent transactions here.</source>
        <translation>Hae asiakas vasemmalta ja valitse hänet, niin hänen tietonsa, tilinsä, korttinsa ja viimeisimmät tapahtumansa näkyvät tässä.</translation>
    </message>
    <message>
        <source>Loading customer…</source>
        <translation>Ladataan asiakkaan tietoja…</translation>
    </message>
    <message>
        <source>The customer could not be shown</source>
        <translation>Asiakkaan tietoja ei voitu näyttää</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <source>Recent transactions</source>
        <translation>Viimeisimmät tapahtumat</translation>
    </message>
    <message>
        <source>No transactions in the last months.</source>
        <translation>Ei tapahtumia viime kuukausina.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The folder %1 cannot be created. Check that the disk is available and that you may write there, or choose another folder.</source>
        <translation>Kansiota %1 ei voi luoda. Tarkista, että levy on käytettävissä ja että sinulla on sinne kirjoitusoikeus, tai valitse toinen kansio.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read or written with your permissions. Ask IT to restore access, or choose another folder.</source>
        <translation>Tietokantaa %1 ei voi lukea tai kirjoittaa käyttöoikeuksillasi. Pyydä IT-tukea palauttamaan käyttöoikeus tai valitse toinen kansio.</translation>
    </message>
    <message>
        <source>Another CardDesk (process %1) is already working on this database. Switch to that window, or choose another folder.</source>
        <translation>Toinen CardDesk (prosessi %1) käyttää jo tätä tietokantaa. Siirry sen ikkunaan tai valitse toinen kansio.</translation>
    </message>
    <message>
        <source>CardDesk cannot create its lock file beside %1. Check that you may write in that folder, or choose another folder.</source>
        <translation>CardDesk ei voi luoda lukitustiedostoa tiedoston %1 viereen. Tarkista, että sinulla on kansioon kirjoitusoikeus, tai valitse toinen kansio.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>Tietokantaa %1 ei voi avata: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a CardDesk database or it is damaged (%2). Nothing has been changed. You can move it aside and start with a new database, or choose another folder.</source>
        <translation>Tiedosto %1 ei ole CardDesk-tietokanta, tai se on vioittunut (%2). Mitään ei ole muutettu. Voit siirtää tiedoston syrjään ja aloittaa uudella tietokannalla tai valita toisen kansion.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation>Tietokantaa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be prepared for use: %2</source>
        <translation>Tietokantaa %1 ei voi valmistella käyttöön: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer CardDesk (schema %2; this version knows up to %3). Update CardDesk, or choose another folder.</source>
        <translation>Tietokanta %1 on tallennettu CardDeskin uudemmalla versiolla (skeema %2; tämä versio tuntee skeemat %3 asti). Päivitä CardDesk tai valitse toinen kansio.</translation>
    </message>
    <message>
        <source>The database %1 could not be brought up to date; it was left as it was. Details: %2</source>
        <translation>Tietokantaa %1 ei voitu päivittää, joten se jätettiin ennalleen. Lisätiedot: %2</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>—</source>
        <comment>no date</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>Norwegian (Bokmål)</source>
        <translation>norja (bokmål)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <source>Basic</source>
        <comment>loyalty tier</comment>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Silver</source>
        <comment>loyalty tier</comment>
        <translation>Silver</translation>
    </message>
    <message>
        <source>Gold</source>
        <comment>loyalty tier</comment>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Platinum</source>
        <comment>loyalty tier</comment>
        <translation>Platinum</translation>
    </message>
    <message>
        <source>Not activated</source>
        <comment>card status</comment>
        <translation>Aktivoimaton</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>card status</comment>
        <translation>Käytössä</translation>
    </message>
    <message>
        <source>Locked</source>
        <comment>card status</comment>
        <translation>Lukittu</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>card status</comment>
        <translation>Suljettu</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>card status</comment>
        <translation>Vanhentunut</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>card status</comment>
        <translation>Lopetettu</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>card status reason</comment>
        <translation>Kadonnut</translation>
    </message>
    <message>
        <source>Stolen</source>
        <comment>card status reason</comment>
        <translation>Varastettu</translation>
    </message>
    <message>
        <source>Damaged</source>
        <comment>card status reason</comment>
        <translation>Vioittunut</translation>
    </message>
    <message>
        <source>Suspected fraud</source>
        <comment>card status reason</comment>
        <translation>Epäilty väärinkäyttö</translation>
    </message>
    <message>
        <source>Customer request</source>
        <comment>card status reason</comment>
        <translation>Asiakkaan pyyntö</translation>
    </message>
    <message>
        <source>Replaced</source>
        <comment>card status reason</comment>
        <translation>Korvattu</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>card status reason</comment>
        <translation>Vanhentunut</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>account status</comment>
        <translation>Avoin</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>account status</comment>
        <translation>Erääntynyt</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>account status</comment>
        <translation>Lopetettu</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>transaction status</comment>
        <translation>Käsittelyssä</translation>
    </message>
    <message>
        <source>Posted</source>
        <comment>transaction status</comment>
        <translation>Kirjattu</translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>transaction status</comment>
        <translation>Hylätty</translation>
    </message>
    <message>
        <source>Reversed</source>
        <comment>transaction status</comment>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Dispute open</source>
        <translation>Reklamaatio avoinna</translation>
    </message>
    <message>
        <source>Dispute won</source>
        <translation>Reklamaatio hyväksytty</translation>
    </message>
    <message>
        <source>Dispute lost</source>
        <translation>Reklamaatio hylätty</translation>
    </message>
    <message>
        <source>Dispute: %1</source>
        <translation>Reklamaatio: %1</translation>
    </message>
</context>
<context>
    <name>LocalBackend</name>
    <message>
        <source>The demo data could not be created: %1</source>
        <translation>Esittelytietoja ei voitu luoda: %1</translation>
    </message>
    <message>
        <source>You could not be signed in: %1</source>
        <translation>Kirjautuminen epäonnistui: %1</translation>
    </message>
    <message>
        <source>Local database: %1</source>
        <translation>Paikallinen tietokanta: %1</translation>
    </message>
</context>
<context>
    <name>LocalCustomerService</name>
    <message>
        <source>The customer database is not open.</source>
        <translation>Asiakastietokanta ei ole auki.</translation>
    </message>
    <message>
        <source>The customer could not be read. Try again.</source>
        <translation>Asiakkaan tietoja ei voitu lukea. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Asiakasta %1 ei löydy.</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s language: Finnish, Swedish, Norwegian or English.</source>
        <translation>Valitse asiakkaan kieli: suomi, ruotsi, norja tai englanti.</translation>
    </message>
    <message>
        <source>Keep at least a phone number or an email address, so that the customer can be reached.</source>
        <translation>Säilytä vähintään puhelinnumero tai sähköpostiosoite, jotta asiakas voidaan tavoittaa.</translation>
    </message>
    <message>
        <source>Some details need correcting before they can be saved.</source>
        <translation>Joitakin tietoja on korjattava ennen tallentamista.</translation>
    </message>
    <message>
        <source>Someone else changed this customer&apos;s details while you were editing. Reload the customer and make your change again.</source>
        <translation>Toinen käyttäjä muutti asiakkaan tietoja sillä välin, kun muokkasit niitä. Lataa asiakkaan tiedot uudelleen ja tee muutos uudestaan.</translation>
    </message>
    <message>
        <source>Contact details saved.</source>
        <translation>Yhteystiedot tallennettu.</translation>
    </message>
    <message>
        <source>Say why you need to see the identity number; the reason is recorded in the audit log.</source>
        <translation>Kerro, miksi tarvitset henkilötunnuksen; syy kirjataan tarkastuslokiin.</translation>
    </message>
    <message>
        <source>This reveal was recorded in the audit log.</source>
        <translation>Henkilötunnuksen näyttäminen kirjattiin tarkastuslokiin.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Find Customer</source>
        <translation>&amp;Hae asiakas</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <source>&amp;About CardDesk</source>
        <translation>&amp;Tietoja CardDeskistä</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Osiot</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Esihenkilö</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Asiakaspalvelija</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>agent name · role</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln asiakas</numerusform>
            <numerusform>%Ln asiakasta</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — CardDesk</source>
        <comment>area — application</comment>
        <translation>%1 — CardDesk</translation>
    </message>
    <message>
        <source>CardDesk</source>
        <translation>CardDesk</translation>
    </message>
    <message>
        <source>About CardDesk</source>
        <translation>Tietoja CardDeskistä</translation>
    </message>
    <message>
        <source>The customer-service console for card issuers: customers, cards and conversations in one window.</source>
        <translation>Korttien myöntäjien asiakaspalvelusovellus: asiakkaat, kortit ja keskustelut yhdessä ikkunassa.</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Toteutettu Qt:n versiolla %1.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>NationalIdField</name>
    <message>
        <source>The number could not be revealed.</source>
        <translation>Henkilötunnusta ei voitu näyttää.</translation>
    </message>
    <message>
        <source>Reveal…</source>
        <translation>Näytä…</translation>
    </message>
    <message numerus="yes">
        <source>Show the full number for %n second(s). The reveal is audited.</source>
        <translation>
            <numerusform>Näytä koko henkilötunnus %n sekunnin ajaksi. Näyttäminen kirjataan tarkastuslokiin.</numerusform>
            <numerusform>Näytä koko henkilötunnus %n sekunnin ajaksi. Näyttäminen kirjataan tarkastuslokiin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This reveal was recorded in the audit log. Hidden again in %n second(s).</source>
        <translation>
            <numerusform>Näyttäminen kirjattiin tarkastuslokiin. Piilotetaan %n sekunnin kuluttua.</numerusform>
            <numerusform>Näyttäminen kirjattiin tarkastuslokiin. Piilotetaan %n sekunnin kuluttua.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revealing…</source>
        <translation>Haetaan…</translation>
    </message>
</context>
<context>
    <name>OpenFailureDialog</name>
    <message>
        <source>CardDesk could not open the customer database</source>
        <translation>CardDesk ei voinut avata asiakastietokantaa</translation>
    </message>
    <message>
        <source>The customer database could not be opened</source>
        <translation>Asiakastietokantaa ei voitu avata</translation>
    </message>
    <message>
        <source>An unknown error occurred.</source>
        <translation>Tapahtui tuntematon virhe.</translation>
    </message>
    <message>
        <source>Database file: %1</source>
        <translation>Tietokantatiedosto: %1</translation>
    </message>
    <message>
        <source>Choose Another Folder…</source>
        <translation>Valitse toinen kansio…</translation>
    </message>
    <message>
        <source>Move the Damaged File Aside and Start Fresh</source>
        <translation>Siirrä vioittunut tiedosto syrjään ja aloita alusta</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
</context>
<context>
    <name>RevealReasonDialog</name>
    <message>
        <source>Reveal national identity number</source>
        <translation>Näytä henkilötunnus</translation>
    </message>
    <message>
        <source>The full number is shown for 30 seconds. The reveal, with your name and the reason, is recorded in the audit log.</source>
        <translation>Koko henkilötunnus näytetään 30 sekunnin ajan. Näyttäminen kirjataan tarkastuslokiin nimesi ja syyn kanssa.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Syy:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Lisätiedot:</translation>
    </message>
    <message>
        <source>Customer verification</source>
        <translation>Asiakkaan tunnistaminen</translation>
    </message>
    <message>
        <source>Fraud investigation</source>
        <translation>Väärinkäytöksen selvittäminen</translation>
    </message>
    <message>
        <source>Legal request</source>
        <translation>Viranomaispyyntö</translation>
    </message>
    <message>
        <source>Other (describe below)</source>
        <translation>Muu (kuvaile alla)</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <source>Required: why is the number needed?</source>
        <translation>Pakollinen: miksi henkilötunnusta tarvitaan?</translation>
    </message>
    <message>
        <source>Optional, for example a case number</source>
        <translation>Vapaaehtoinen, esimerkiksi asianumero</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>ScreenshotRunner</name>
    <message>
        <source>Timed out after %1 seconds before the window reached the requested state.</source>
        <translation>Aikakatkaisu: ikkuna ei saavuttanut pyydettyä tilaa %1 sekunnissa.</translation>
    </message>
    <message>
        <source>Unknown view “%1”. Known views: %2.</source>
        <translation>Tuntematon näkymä ”%1”. Tunnetut näkymät: %2.</translation>
    </message>
    <message>
        <source>The customer database could not be opened: %1</source>
        <translation>Asiakastietokantaa ei voitu avata: %1</translation>
    </message>
    <message>
        <source>The window could not be captured.</source>
        <translation>Ikkunasta ei voitu ottaa kuvaa.</translation>
    </message>
    <message>
        <source>Could not write “%1”. Check the folder exists and is writable.</source>
        <translation>Tiedostoa ”%1” ei voitu kirjoittaa. Tarkista, että kansio on olemassa ja että siihen voi kirjoittaa.</translation>
    </message>
    <message>
        <source>Saved %1 (%2×%3).</source>
        <translation>Tallennettu %1 (%2×%3).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <source>Everything in the customer lookup can be done from the keyboard.</source>
        <translation>Kaikki asiakashaun toiminnot voi tehdä näppäimistöllä.</translation>
    </message>
    <message>
        <source>Find a customer (from anywhere)</source>
        <translation>Hae asiakasta (mistä tahansa)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Kirjoita</translation>
    </message>
    <message>
        <source>Search as you type: name, phone, email, customer number, card last four</source>
        <translation>Haku kirjoitettaessa: nimi, puhelin, sähköposti, asiakasnumero, kortin 4 viimeistä numeroa</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Alas</translation>
    </message>
    <message>
        <source>Move from the search field into the results</source>
        <translation>Siirry hakukentästä tuloksiin</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Ylös / Alas</translation>
    </message>
    <message>
        <source>Move between results; the selected customer is shown on the right</source>
        <translation>Liiku tulosten välillä; valittu asiakas näkyy oikealla</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the selected customer</source>
        <translation>Avaa valittu asiakas</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the search and return to the search field</source>
        <translation>Tyhjennä haku ja palaa hakukenttään</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>Näytä tämä luettelo</translation>
    </message>
    <message>
        <source>Quit CardDesk</source>
        <translation>Lopeta CardDesk</translation>
    </message>
</context>
<context>
    <name>TransactionModel</name>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kortti</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Kauppias</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>MCC</source>
        <comment>merchant category code</comment>
        <translation>MCC</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kansiota %1 ei voi luoda.</translation>
    </message>
    <message>
        <source>Creating %1 demo customers in %2 …</source>
        <translation>Luodaan %1 esittelyasiakasta kansioon %2 …</translation>
    </message>
    <message>
        <source>  %1% (%2 of %3)</source>
        <translation>  %1 % (%2 / %3)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Tiedostoa %1 ei voitu avata: %2</translation>
    </message>
    <message>
        <source>Refusing to seed: %1 already holds %2 customers. Use an empty --data-dir, or move the file aside first.</source>
        <translation>Esittelytietoja ei luoda: tiedostossa %1 on jo %2 asiakasta. Käytä tyhjää --data-dir-kansiota tai siirrä tiedosto ensin syrjään.</translation>
    </message>
    <message>
        <source>Seeded %1 customers in %2 s.</source>
        <translation>Luotiin %1 esittelyasiakasta %2 sekunnissa.</translation>
    </message>
    <message>
        <source>CardDesk: the customer-service console for card issuers.</source>
        <translation>CardDesk: korttien myöntäjien asiakaspalvelusovellus.</translation>
    </message>
    <message>
        <source>Folder of the local database (&lt;dir&gt;/carddesk.sqlite).</source>
        <translation>Paikallisen tietokannan kansio (&lt;kansio&gt;/carddesk.sqlite).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>kansio</translation>
    </message>
    <message>
        <source>Interface language: fi, sv, nb or en.</source>
        <translation>Käyttöliittymän kieli: fi, sv, nb tai en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>koodi</translation>
    </message>
    <message>
        <source>Sign in as this agent (user name).</source>
        <translation>Kirjaudu tänä asiakaspalvelijana (käyttäjätunnus).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>käyttäjä</translation>
    </message>
    <message>
        <source>Create a demo database of &lt;n&gt; customers in --data-dir and exit.</source>
        <translation>Luo --data-dir-kansioon esittelytietokanta, jossa on &lt;n&gt; asiakasta, ja lopeta.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Number of demo customers for an empty database (default 20000).</source>
        <translation>Esittelyasiakkaiden määrä tyhjässä tietokannassa (oletus 20000).</translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation>Tallenna ikkunasta PNG-kuva ja lopeta.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tiedosto</translation>
    </message>
    <message>
        <source>View to capture (lookup).</source>
        <translation>Kuvattava näkymä (lookup).</translation>
    </message>
    <message>
        <source>view</source>
        <translation>näkymä</translation>
    </message>
    <message>
        <source>Search to run before capturing.</source>
        <translation>Haku, joka tehdään ennen kuvaamista.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>teksti</translation>
    </message>
    <message>
        <source>Window size for the capture (WxH).</source>
        <translation>Ikkunan koko kuvaa varten (LxK).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxK</translation>
    </message>
    <message>
        <source>--demo-customers needs a number of 0 or more.</source>
        <translation>--demo-customers vaatii luvun, joka on 0 tai suurempi.</translation>
    </message>
    <message>
        <source>--seed-demo needs a number of customers above 0.</source>
        <translation>--seed-demo vaatii asiakasmäärän, joka on suurempi kuin 0.</translation>
    </message>
    <message>
        <source>--lang must be one of fi, sv, nb, en.</source>
        <translation>--lang-arvon on oltava jokin seuraavista: fi, sv, nb, en.</translation>
    </message>
    <message>
        <source>--size must look like 1440x900.</source>
        <translation>--size-arvon on oltava muotoa 1440x900.</translation>
    </message>
    <message>
        <source>Print &quot;ready &lt;ms&gt; rss-kb &lt;kB&gt;&quot; once the window is interactive, then exit (for the start-up benchmark).</source>
        <translation>Tulosta &quot;ready &lt;ms&gt; rss-kb &lt;kB&gt;&quot;, kun ikkuna on käyttövalmis, ja lopeta (käynnistyksen suorituskykytestiä varten).</translation>
    </message>
</context>
</TS>
