<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AccountsPanel</name>
    <message>
        <source>Accounts</source>
        <translation>Kontoer</translation>
    </message>
    <message>
        <source>This customer has no accounts.</source>
        <translation>Kunden har ingen kontoer.</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Kredittgrense</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibelt</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Forfallsdato</translation>
    </message>
    <message>
        <source>Minimum due</source>
        <translation>Minstebeløp</translation>
    </message>
</context>
<context>
    <name>ApplicationController</name>
    <message>
        <source>Opening the customer database…</source>
        <translation>Åpner kundedatabasen…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>The customer database is not open.</source>
        <translation>Kundedatabasen er ikke åpen.</translation>
    </message>
    <message>
        <source>Choose a Folder for the Customer Database</source>
        <translation>Velg en mappe for kundedatabasen</translation>
    </message>
    <message>
        <source>No folder was chosen. The customer database is still not open.</source>
        <translation>Ingen mappe ble valgt. Kundedatabasen er fortsatt ikke åpen.</translation>
    </message>
    <message>
        <source>Move the Damaged File Aside</source>
        <translation>Flytt den skadde filen til side</translation>
    </message>
    <message>
        <source>Move “%1” aside and start with a new, empty database?</source>
        <translation>Vil du flytte «%1» til side og starte med en ny, tom database?</translation>
    </message>
    <message>
        <source>The file is renamed to “%1” and kept in the same folder, so it can still be examined or recovered. Nothing is deleted.</source>
        <translation>Filen får det nye navnet «%1» og blir liggende i samme mappe, slik at den fortsatt kan undersøkes eller gjenopprettes. Ingenting slettes.</translation>
    </message>
    <message>
        <source>Move Aside</source>
        <translation>Flytt til side</translation>
    </message>
    <message>
        <source>The damaged file was left where it is. The customer database is still not open.</source>
        <translation>Den skadde filen ble liggende der den er. Kundedatabasen er fortsatt ikke åpen.</translation>
    </message>
    <message>
        <source>The file could not be renamed. Check that you may write to the folder, or choose another folder.</source>
        <translation>Filen kunne ikke gis nytt navn. Kontroller at du har skrivetilgang til mappen, eller velg en annen mappe.</translation>
    </message>
    <message>
        <source>Preparing demo customers: %1 of %2…</source>
        <translation>Klargjør demokunder: %1 av %2…</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>entry %1 is missing</source>
        <translation>oppføring %1 mangler</translation>
    </message>
    <message>
        <source>entry %1 is out of order</source>
        <translation>oppføring %1 står i feil rekkefølge</translation>
    </message>
    <message>
        <source>entry %1 does not continue the chain</source>
        <translation>oppføring %1 viderefører ikke kjeden</translation>
    </message>
    <message>
        <source>entry %1 does not link to entry %2: one of them was altered</source>
        <translation>oppføring %1 lenker ikke til oppføring %2: én av dem er endret</translation>
    </message>
    <message>
        <source>entry %1 was altered</source>
        <translation>oppføring %1 er endret</translation>
    </message>
</context>
<context>
    <name>CardsPanel</name>
    <message>
        <source>Cards</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>This customer has no cards.</source>
        <translation>Kunden har ingen kort.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>card status · reason</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Utløper %1</translation>
    </message>
    <message>
        <source>Replaces %1</source>
        <translation>Erstatter %1</translation>
    </message>
    <message>
        <source>Replacement card</source>
        <translation>Erstatningskort</translation>
    </message>
    <message>
        <source>Replaced by %1</source>
        <translation>Erstattet av %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Netthandel</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>Utland</translation>
    </message>
    <message>
        <source>Contactless</source>
        <translation>Kontaktløst</translation>
    </message>
    <message>
        <source>ATM</source>
        <translation>Minibank</translation>
    </message>
</context>
<context>
    <name>CommandProcessor</name>
    <message>
        <source>The change could not be saved, and nothing was changed. Try again; if it keeps failing, tell your supervisor.</source>
        <translation>Endringen kunne ikke lagres, og ingenting ble endret. Prøv igjen; hvis feilen vedvarer, si fra til teamlederen din.</translation>
    </message>
</context>
<context>
    <name>ContactDetailsEditor</name>
    <message>
        <source>Saving…</source>
        <translation>Lagrer…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Gateadresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Poststed</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>For example +358 40 123 4567</source>
        <translation>For eksempel +358 40 123 4567</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ContactDetailsPanel</name>
    <message>
        <source>Contact details saved.</source>
        <translation>Kontaktopplysningene er lagret.</translation>
    </message>
    <message>
        <source>Some details need correcting. See the messages next to the fields.</source>
        <translation>Noen opplysninger må rettes. Se meldingene ved feltene.</translation>
    </message>
    <message>
        <source>The customer was changed by someone else while you were editing. Reload to see the current details, then make your change again.</source>
        <translation>Kunden ble endret av noen andre mens du redigerte. Last inn på nytt for å se gjeldende opplysninger, og gjør deretter endringen på nytt.</translation>
    </message>
    <message>
        <source>The change could not be saved. Nothing was changed; try again.</source>
        <translation>Endringen kunne ikke lagres. Ingenting ble endret; prøv igjen.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Ikke oppgitt</translation>
    </message>
    <message>
        <source>Marketing: %1  ·  SMS: %2</source>
        <translation>Markedsføring: %1  ·  SMS: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktopplysninger</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Endre</translation>
    </message>
    <message>
        <source>Change phone, email, address or language</source>
        <translation>Endre telefon, e-post, adresse eller språk</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>IDENTITY</source>
        <translation>IDENTITET</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>Fødselsnummer</translation>
    </message>
</context>
<context>
    <name>ContactValidator</name>
    <message>
        <source>Enter the part before the @ sign too, for example name@example.com.</source>
        <translation>Skriv også inn delen før @-tegnet, for eksempel navn@example.com.</translation>
    </message>
    <message>
        <source>The part before the @ sign is too long. It can have at most 64 characters.</source>
        <translation>Delen før @-tegnet er for lang. Den kan ha høyst 64 tegn.</translation>
    </message>
    <message>
        <source>The part before the @ sign cannot start or end with a dot or have two dots in a row. Check the address with the customer.</source>
        <translation>Delen før @-tegnet kan ikke begynne eller slutte med punktum eller ha to punktum etter hverandre. Kontroller adressen med kunden.</translation>
    </message>
    <message>
        <source>Enter the domain after the @ sign with at least one dot, for example name@example.com.</source>
        <translation>Skriv inn domenet etter @-tegnet med minst ett punktum, for eksempel navn@example.com.</translation>
    </message>
    <message>
        <source>The domain after the @ sign cannot start or end with a dot or have two dots in a row. Check the address with the customer.</source>
        <translation>Domenet etter @-tegnet kan ikke begynne eller slutte med punktum eller ha to punktum etter hverandre. Kontroller adressen med kunden.</translation>
    </message>
    <message>
        <source>A part of the domain after the @ sign cannot start or end with a hyphen. Check the address with the customer.</source>
        <translation>En del av domenet etter @-tegnet kan ikke begynne eller slutte med bindestrek. Kontroller adressen med kunden.</translation>
    </message>
    <message>
        <source>The domain after the @ sign can contain only letters, digits, hyphens and dots. Check the address with the customer.</source>
        <translation>Domenet etter @-tegnet kan bare inneholde bokstaver, sifre, bindestreker og punktum. Kontroller adressen med kunden.</translation>
    </message>
    <message>
        <source>The domain after the @ sign must end in a name such as .fi or .com. Check the address with the customer.</source>
        <translation>Domenet etter @-tegnet må slutte med en endelse som .no eller .com. Kontroller adressen med kunden.</translation>
    </message>
    <message>
        <source>The domain after the @ sign is not a valid internet domain. Check the address with the customer.</source>
        <translation>Domenet etter @-tegnet er ikke et gyldig internettdomene. Kontroller adressen med kunden.</translation>
    </message>
    <message>
        <source>Enter an email address, for example name@example.com.</source>
        <translation>Skriv inn en e-postadresse, for eksempel navn@example.com.</translation>
    </message>
    <message>
        <source>The email address is too long. An address can have at most 254 characters.</source>
        <translation>E-postadressen er for lang. En adresse kan ha høyst 254 tegn.</translation>
    </message>
    <message>
        <source>The email address contains invisible control characters. Type the address again instead of pasting it.</source>
        <translation>E-postadressen inneholder usynlige kontrolltegn. Skriv inn adressen på nytt i stedet for å lime den inn.</translation>
    </message>
    <message>
        <source>An email address cannot contain spaces. Remove the spaces and try again.</source>
        <translation>En e-postadresse kan ikke inneholde mellomrom. Fjern mellomrommene og prøv igjen.</translation>
    </message>
    <message>
        <source>An email address needs an @ sign, for example name@example.com.</source>
        <translation>En e-postadresse må ha et @-tegn, for eksempel navn@example.com.</translation>
    </message>
    <message>
        <source>An email address can have only one @ sign. Check the address with the customer.</source>
        <translation>En e-postadresse kan bare ha ett @-tegn. Kontroller adressen med kunden.</translation>
    </message>
    <message>
        <source>The email address contains a character that cannot be used in an address, such as a comma, a bracket or a quotation mark. Remove it and try again.</source>
        <translation>E-postadressen inneholder et tegn som ikke kan brukes i en adresse, for eksempel komma, parentes eller anførselstegn. Fjern tegnet og prøv igjen.</translation>
    </message>
    <message>
        <source>Enter a phone number, for example 040 123 4567 or +358 40 123 4567.</source>
        <translation>Skriv inn et telefonnummer, for eksempel 040 123 4567 eller +358 40 123 4567.</translation>
    </message>
    <message>
        <source>Enter a phone number, for example 070 123 45 67 or +46 70 123 45 67.</source>
        <translation>Skriv inn et telefonnummer, for eksempel 070 123 45 67 eller +46 70 123 45 67.</translation>
    </message>
    <message>
        <source>Enter a phone number, for example 412 34 567 or +47 412 34 567.</source>
        <translation>Skriv inn et telefonnummer, for eksempel 412 34 567 eller +47 412 34 567.</translation>
    </message>
    <message>
        <source>Enter a phone number with its country code, for example +358 40 123 4567.</source>
        <translation>Skriv inn et telefonnummer med landskode, for eksempel +358 40 123 4567.</translation>
    </message>
    <message>
        <source>A phone number can contain only digits, spaces and the characters + - ( ) . / and needs at least five digits. Check the number and try again.</source>
        <translation>Et telefonnummer kan bare inneholde sifre, mellomrom og tegnene + - ( ) . / og må ha minst fem sifre. Kontroller nummeret og prøv igjen.</translation>
    </message>
    <message>
        <source>This is not a valid Finnish phone number. Check the digits, or enter a foreign number with its country code, for example +46 70 123 45 67.</source>
        <translation>Dette er ikke et gyldig finsk telefonnummer. Kontroller sifrene, eller skriv inn et utenlandsk nummer med landskode, for eksempel +46 70 123 45 67.</translation>
    </message>
    <message>
        <source>This is not a valid Swedish phone number. Check the digits, or enter a foreign number with its country code, for example +358 40 123 4567.</source>
        <translation>Dette er ikke et gyldig svensk telefonnummer. Kontroller sifrene, eller skriv inn et utenlandsk nummer med landskode, for eksempel +358 40 123 4567.</translation>
    </message>
    <message>
        <source>This is not a valid Norwegian phone number. Check the digits, or enter a foreign number with its country code, for example +358 40 123 4567.</source>
        <translation>Dette er ikke et gyldig norsk telefonnummer. Kontroller sifrene, eller skriv inn et utenlandsk nummer med landskode, for eksempel +358 40 123 4567.</translation>
    </message>
    <message>
        <source>This is not a valid phone number. Enter it with its country code, for example +358 40 123 4567.</source>
        <translation>Dette er ikke et gyldig telefonnummer. Skriv det inn med landskode, for eksempel +358 40 123 4567.</translation>
    </message>
    <message>
        <source>Enter a Finnish postcode of five digits, for example 00100.</source>
        <translation>Skriv inn et finsk postnummer på fem sifre, for eksempel 00100.</translation>
    </message>
    <message>
        <source>Enter a Swedish postcode of five digits, for example 113 51 or 11351. Swedish postcodes do not start with 0.</source>
        <translation>Skriv inn et svensk postnummer på fem sifre, for eksempel 113 51 eller 11351. Svenske postnumre begynner ikke med 0.</translation>
    </message>
    <message>
        <source>Enter a Norwegian postcode of four digits, for example 0150.</source>
        <translation>Skriv inn et norsk postnummer på fire sifre, for eksempel 0150.</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s country (Finland, Sweden or Norway) before entering the postcode.</source>
        <translation>Velg kundens land (Finland, Sverige eller Norge) før du skriver inn postnummeret.</translation>
    </message>
    <message>
        <source>Enter the street address, for example Mannerheimintie 12 B 7.</source>
        <translation>Skriv inn gateadressen, for eksempel Mannerheimintie 12 B 7.</translation>
    </message>
    <message>
        <source>The street address is too long. Shorten it to at most 100 characters.</source>
        <translation>Gateadressen er for lang. Kort den ned til høyst 100 tegn.</translation>
    </message>
    <message>
        <source>The street address contains invisible control characters. Type it again instead of pasting it.</source>
        <translation>Gateadressen inneholder usynlige kontrolltegn. Skriv den inn på nytt i stedet for å lime den inn.</translation>
    </message>
    <message>
        <source>The street address must contain the name of the street, for example Storgatan 5.</source>
        <translation>Gateadressen må inneholde gatenavnet, for eksempel Storgatan 5.</translation>
    </message>
    <message>
        <source>Enter the city or town, for example Helsinki.</source>
        <translation>Skriv inn poststedet, for eksempel Helsinki.</translation>
    </message>
    <message>
        <source>The city name is too long. Shorten it to at most 100 characters.</source>
        <translation>Poststedet er for langt. Kort det ned til høyst 100 tegn.</translation>
    </message>
    <message>
        <source>The city name contains invisible control characters. Type it again instead of pasting it.</source>
        <translation>Poststedet inneholder usynlige kontrolltegn. Skriv det inn på nytt i stedet for å lime det inn.</translation>
    </message>
    <message>
        <source>The city name must contain letters, for example Tromsø. Enter the postcode in its own field.</source>
        <translation>Poststedet må inneholde bokstaver, for eksempel Tromsø. Skriv postnummeret i sitt eget felt.</translation>
    </message>
</context>
<context>
    <name>CustomerHeader</name>
    <message>
        <source>%1 member</source>
        <comment>loyalty tier pill</comment>
        <translation>%1-medlem</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kundenr. %1</translation>
    </message>
    <message>
        <source>Prefers %1</source>
        <translation>Språk: %1</translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation>Kunde siden %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Gyldig til %1</translation>
    </message>
    <message>
        <source>Active benefits:</source>
        <translation>Aktive fordeler:</translation>
    </message>
</context>
<context>
    <name>CustomerLookupPane</name>
    <message>
        <source>Name, phone, email, customer number or card last four</source>
        <translation>Navn, telefon, e-post, kundenummer eller kortets fire siste</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>Finn kunde</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Søketreff</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Finn en kunde</translation>
    </message>
    <message>
        <source>Start typing a name, phone number, email address, customer number or the last four digits of a card. Results appear as you type.</source>
        <translation>Begynn å skrive et navn, telefonnummer, en e-postadresse, et kundenummer eller de fire siste sifrene i et kortnummer. Treffene vises mens du skriver.</translation>
    </message>
    <message>
        <source>Press %1 from anywhere to come back to this field.</source>
        <translation>Trykk %1 hvor som helst for å komme tilbake til dette feltet.</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Ingen treff</translation>
    </message>
    <message>
        <source>No customers match “%1”. Try a phone number, an email or the last four digits of a card.</source>
        <translation>Ingen kunder samsvarer med «%1». Prøv et telefonnummer, en e-postadresse eller de fire siste sifrene i et kortnummer.</translation>
    </message>
    <message>
        <source>The search did not work</source>
        <translation>Søket mislyktes</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Søker…</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n customer(s); scroll for more or keep typing to narrow down</source>
        <translation>
            <numerusform>Viser første %n kunde; bla for flere, eller skriv mer for å snevre inn</numerusform>
            <numerusform>Viser de første %n kundene; bla for flere, eller skriv mer for å snevre inn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n kunde</numerusform>
            <numerusform>%n kunder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <source>The search could not be completed. Try again; if it keeps failing, restart CardDesk.</source>
        <translation>Søket kunne ikke fullføres. Prøv igjen; hvis feilen vedvarer, start CardDesk på nytt.</translation>
    </message>
</context>
<context>
    <name>CustomerResultDelegate</name>
    <message>
        <source>Blocked</source>
        <comment>a card is blocked; badge in the lookup list</comment>
        <translation>Sperret</translation>
    </message>
    <message>
        <source>Locked</source>
        <comment>a card is locked; badge in the lookup list</comment>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Restanse</translation>
    </message>
</context>
<context>
    <name>CustomerSearchModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>Kundenr.</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Poststed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Blocked card</source>
        <translation>Sperret kort</translation>
    </message>
    <message>
        <source>Locked card</source>
        <translation>Låst kort</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Restanse</translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <source>This customer could not be found. They may have been removed.</source>
        <translation>Kunden ble ikke funnet. Kunden kan ha blitt fjernet.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Last inn på nytt</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Ingen kunde valgt</translation>
    </message>
    <message>
        <source>Find a customer on the left and select them to see their details, accounts, cards and recent transactions here.</source>
        <translation>Finn en kunde til venstre og velg kunden for å se opplysninger, kontoer, kort og siste transaksjoner her.</translation>
    </message>
    <message>
        <source>Loading customer…</source>
        <translation>Laster inn kunde…</translation>
    </message>
    <message>
        <source>The customer could not be shown</source>
        <translation>Kunden kunne ikke vises</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Recent transactions</source>
        <translation>Siste transaksjoner</translation>
    </message>
    <message>
        <source>No transactions in the last months.</source>
        <translation>Ingen transaksjoner de siste månedene.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The folder %1 cannot be created. Check that the disk is available and that you may write there, or choose another folder.</source>
        <translation>Mappen %1 kan ikke opprettes. Kontroller at disken er tilgjengelig og at du har skrivetilgang der, eller velg en annen mappe.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read or written with your permissions. Ask IT to restore access, or choose another folder.</source>
        <translation>Databasen %1 kan ikke leses eller skrives med dine tilganger. Be IT om å gjenopprette tilgangen, eller velg en annen mappe.</translation>
    </message>
    <message>
        <source>Another CardDesk (process %1) is already working on this database. Switch to that window, or choose another folder.</source>
        <translation>En annen CardDesk (prosess %1) arbeider allerede med denne databasen. Bytt til det vinduet, eller velg en annen mappe.</translation>
    </message>
    <message>
        <source>CardDesk cannot create its lock file beside %1. Check that you may write in that folder, or choose another folder.</source>
        <translation>CardDesk kan ikke opprette låsefilen sin ved siden av %1. Kontroller at du har skrivetilgang til mappen, eller velg en annen mappe.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>Databasen %1 kan ikke åpnes: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a CardDesk database or it is damaged (%2). Nothing has been changed. You can move it aside and start with a new database, or choose another folder.</source>
        <translation>Filen %1 er ikke en CardDesk-database, eller den er skadet (%2). Ingenting er endret. Du kan flytte filen til side og starte med en ny database, eller velge en annen mappe.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation>Databasen %1 kan ikke leses: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be prepared for use: %2</source>
        <translation>Databasen %1 kan ikke klargjøres for bruk: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer CardDesk (schema %2; this version knows up to %3). Update CardDesk, or choose another folder.</source>
        <translation>Databasen %1 ble skrevet av en nyere CardDesk (skjema %2; denne versjonen kjenner til og med %3). Oppdater CardDesk, eller velg en annen mappe.</translation>
    </message>
    <message>
        <source>The database %1 could not be brought up to date; it was left as it was. Details: %2</source>
        <translation>Databasen %1 kunne ikke oppdateres; den er uendret. Detaljer: %2</translation>
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
        <translation>Finsk</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svensk</translation>
    </message>
    <message>
        <source>Norwegian (Bokmål)</source>
        <translation>Norsk (bokmål)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Basic</source>
        <comment>loyalty tier</comment>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Silver</source>
        <comment>loyalty tier</comment>
        <translation>Sølv</translation>
    </message>
    <message>
        <source>Gold</source>
        <comment>loyalty tier</comment>
        <translation>Gull</translation>
    </message>
    <message>
        <source>Platinum</source>
        <comment>loyalty tier</comment>
        <translation>Platina</translation>
    </message>
    <message>
        <source>Not activated</source>
        <comment>card status</comment>
        <translation>Ikke aktivert</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>card status</comment>
        <translation>Aktivt</translation>
    </message>
    <message>
        <source>Locked</source>
        <comment>card status</comment>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>card status</comment>
        <translation>Sperret</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>card status</comment>
        <translation>Utløpt</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>card status</comment>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>card status reason</comment>
        <translation>Mistet</translation>
    </message>
    <message>
        <source>Stolen</source>
        <comment>card status reason</comment>
        <translation>Stjålet</translation>
    </message>
    <message>
        <source>Damaged</source>
        <comment>card status reason</comment>
        <translation>Skadet</translation>
    </message>
    <message>
        <source>Suspected fraud</source>
        <comment>card status reason</comment>
        <translation>Mistanke om svindel</translation>
    </message>
    <message>
        <source>Customer request</source>
        <comment>card status reason</comment>
        <translation>Kundens ønske</translation>
    </message>
    <message>
        <source>Replaced</source>
        <comment>card status reason</comment>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>card status reason</comment>
        <translation>Utløpt</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>account status</comment>
        <translation>Åpen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>account status</comment>
        <translation>I restanse</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>account status</comment>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>transaction status</comment>
        <translation>Reservert</translation>
    </message>
    <message>
        <source>Posted</source>
        <comment>transaction status</comment>
        <translation>Bokført</translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>transaction status</comment>
        <translation>Avvist</translation>
    </message>
    <message>
        <source>Reversed</source>
        <comment>transaction status</comment>
        <translation>Tilbakeført</translation>
    </message>
    <message>
        <source>Dispute open</source>
        <translation>Reklamasjon åpen</translation>
    </message>
    <message>
        <source>Dispute won</source>
        <translation>Reklamasjon godkjent</translation>
    </message>
    <message>
        <source>Dispute lost</source>
        <translation>Reklamasjon avslått</translation>
    </message>
    <message>
        <source>Dispute: %1</source>
        <translation>Reklamasjon: %1</translation>
    </message>
</context>
<context>
    <name>LocalBackend</name>
    <message>
        <source>The demo data could not be created: %1</source>
        <translation>Demodataene kunne ikke opprettes: %1</translation>
    </message>
    <message>
        <source>You could not be signed in: %1</source>
        <translation>Du kunne ikke logges inn: %1</translation>
    </message>
    <message>
        <source>Local database: %1</source>
        <translation>Lokal database: %1</translation>
    </message>
</context>
<context>
    <name>LocalCustomerService</name>
    <message>
        <source>The customer database is not open.</source>
        <translation>Kundedatabasen er ikke åpen.</translation>
    </message>
    <message>
        <source>The customer could not be read. Try again.</source>
        <translation>Kunden kunne ikke leses. Prøv igjen.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Det finnes ingen kunde %1.</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s language: Finnish, Swedish, Norwegian or English.</source>
        <translation>Velg kundens språk: finsk, svensk, norsk eller engelsk.</translation>
    </message>
    <message>
        <source>Keep at least a phone number or an email address, so that the customer can be reached.</source>
        <translation>Behold minst et telefonnummer eller en e-postadresse, slik at kunden kan nås.</translation>
    </message>
    <message>
        <source>Some details need correcting before they can be saved.</source>
        <translation>Noen opplysninger må rettes før de kan lagres.</translation>
    </message>
    <message>
        <source>Someone else changed this customer&apos;s details while you were editing. Reload the customer and make your change again.</source>
        <translation>Noen andre endret kundens opplysninger mens du redigerte. Last inn kunden på nytt, og gjør endringen på nytt.</translation>
    </message>
    <message>
        <source>Contact details saved.</source>
        <translation>Kontaktopplysningene er lagret.</translation>
    </message>
    <message>
        <source>Say why you need to see the identity number; the reason is recorded in the audit log.</source>
        <translation>Oppgi hvorfor du trenger å se fødselsnummeret; årsaken registreres i revisjonsloggen.</translation>
    </message>
    <message>
        <source>This reveal was recorded in the audit log.</source>
        <translation>Visningen er registrert i revisjonsloggen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Find Customer</source>
        <translation>&amp;Finn kunde</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <source>&amp;About CardDesk</source>
        <translation>&amp;Om CardDesk</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Områder</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Teamleder</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>agent name · role</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln kunde</numerusform>
            <numerusform>%Ln kunder</numerusform>
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
        <translation>Om CardDesk</translation>
    </message>
    <message>
        <source>The customer-service console for card issuers: customers, cards and conversations in one window.</source>
        <translation>Kundeservicekonsollen for kortutstedere: kunder, kort og samtaler i ett vindu.</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Laget med Qt %1.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>NationalIdField</name>
    <message>
        <source>The number could not be revealed.</source>
        <translation>Nummeret kunne ikke vises.</translation>
    </message>
    <message>
        <source>Reveal…</source>
        <translation>Vis…</translation>
    </message>
    <message numerus="yes">
        <source>Show the full number for %n second(s). The reveal is audited.</source>
        <translation>
            <numerusform>Vis hele nummeret i %n sekund. Visningen registreres i revisjonsloggen.</numerusform>
            <numerusform>Vis hele nummeret i %n sekunder. Visningen registreres i revisjonsloggen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This reveal was recorded in the audit log. Hidden again in %n second(s).</source>
        <translation>
            <numerusform>Visningen er registrert i revisjonsloggen. Skjules igjen om %n sekund.</numerusform>
            <numerusform>Visningen er registrert i revisjonsloggen. Skjules igjen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revealing…</source>
        <translation>Henter nummeret…</translation>
    </message>
</context>
<context>
    <name>OpenFailureDialog</name>
    <message>
        <source>CardDesk could not open the customer database</source>
        <translation>CardDesk kunne ikke åpne kundedatabasen</translation>
    </message>
    <message>
        <source>The customer database could not be opened</source>
        <translation>Kundedatabasen kunne ikke åpnes</translation>
    </message>
    <message>
        <source>An unknown error occurred.</source>
        <translation>Det oppstod en ukjent feil.</translation>
    </message>
    <message>
        <source>Database file: %1</source>
        <translation>Databasefil: %1</translation>
    </message>
    <message>
        <source>Choose Another Folder…</source>
        <translation>Velg en annen mappe…</translation>
    </message>
    <message>
        <source>Move the Damaged File Aside and Start Fresh</source>
        <translation>Flytt den skadde filen til side og start på nytt</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
</context>
<context>
    <name>RevealReasonDialog</name>
    <message>
        <source>Reveal national identity number</source>
        <translation>Vis fødselsnummer</translation>
    </message>
    <message>
        <source>The full number is shown for 30 seconds. The reveal, with your name and the reason, is recorded in the audit log.</source>
        <translation>Hele nummeret vises i 30 sekunder. Visningen registreres i revisjonsloggen sammen med navnet ditt og årsaken.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Årsak:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Detaljer:</translation>
    </message>
    <message>
        <source>Customer verification</source>
        <translation>Kontroll av kundens identitet</translation>
    </message>
    <message>
        <source>Fraud investigation</source>
        <translation>Undersøkelse av svindel</translation>
    </message>
    <message>
        <source>Legal request</source>
        <translation>Rettslig pålegg</translation>
    </message>
    <message>
        <source>Other (describe below)</source>
        <translation>Annet (beskriv nedenfor)</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Required: why is the number needed?</source>
        <translation>Påkrevd: hvorfor trengs nummeret?</translation>
    </message>
    <message>
        <source>Optional, for example a case number</source>
        <translation>Valgfritt, for eksempel et saksnummer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ScreenshotRunner</name>
    <message>
        <source>Timed out after %1 seconds before the window reached the requested state.</source>
        <translation>Tidsavbrudd etter %1 sekunder før vinduet nådde ønsket tilstand.</translation>
    </message>
    <message>
        <source>Unknown view “%1”. Known views: %2.</source>
        <translation>Ukjent visning «%1». Kjente visninger: %2.</translation>
    </message>
    <message>
        <source>The customer database could not be opened: %1</source>
        <translation>Kundedatabasen kunne ikke åpnes: %1</translation>
    </message>
    <message>
        <source>The window could not be captured.</source>
        <translation>Det kunne ikke tas bilde av vinduet.</translation>
    </message>
    <message>
        <source>Could not write “%1”. Check the folder exists and is writable.</source>
        <translation>Kunne ikke skrive «%1». Kontroller at mappen finnes og at du har skrivetilgang.</translation>
    </message>
    <message>
        <source>Saved %1 (%2×%3).</source>
        <translation>Lagret %1 (%2×%3).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <source>Everything in the customer lookup can be done from the keyboard.</source>
        <translation>Alt i kundesøket kan gjøres fra tastaturet.</translation>
    </message>
    <message>
        <source>Find a customer (from anywhere)</source>
        <translation>Finn en kunde (fra hvor som helst)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Skriv</translation>
    </message>
    <message>
        <source>Search as you type: name, phone, email, customer number, card last four</source>
        <translation>Søk mens du skriver: navn, telefon, e-post, kundenummer, kortets fire siste sifre</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Pil ned</translation>
    </message>
    <message>
        <source>Move from the search field into the results</source>
        <translation>Gå fra søkefeltet til treffene</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Pil opp / Pil ned</translation>
    </message>
    <message>
        <source>Move between results; the selected customer is shown on the right</source>
        <translation>Gå mellom treffene; den valgte kunden vises til høyre</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the selected customer</source>
        <translation>Åpne den valgte kunden</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the search and return to the search field</source>
        <translation>Tøm søket og gå tilbake til søkefeltet</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>Vis denne listen</translation>
    </message>
    <message>
        <source>Quit CardDesk</source>
        <translation>Avslutt CardDesk</translation>
    </message>
</context>
<context>
    <name>TransactionModel</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Brukersted</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>MCC</source>
        <comment>merchant category code</comment>
        <translation>MCC</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan ikke opprette mappen %1.</translation>
    </message>
    <message>
        <source>Creating %1 demo customers in %2 …</source>
        <translation>Oppretter %1 demokunder i %2 …</translation>
    </message>
    <message>
        <source>  %1% (%2 of %3)</source>
        <translation>  %1% (%2 av %3)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Kunne ikke åpne %1: %2</translation>
    </message>
    <message>
        <source>Refusing to seed: %1 already holds %2 customers. Use an empty --data-dir, or move the file aside first.</source>
        <translation>Fyller ikke inn demodata: %1 inneholder allerede %2 kunder. Bruk en tom --data-dir, eller flytt filen til side først.</translation>
    </message>
    <message>
        <source>Seeded %1 customers in %2 s.</source>
        <translation>Opprettet %1 kunder på %2 s.</translation>
    </message>
    <message>
        <source>CardDesk: the customer-service console for card issuers.</source>
        <translation>CardDesk: kundeservicekonsollen for kortutstedere.</translation>
    </message>
    <message>
        <source>Folder of the local database (&lt;dir&gt;/carddesk.sqlite).</source>
        <translation>Mappe for den lokale databasen (&lt;mappe&gt;/carddesk.sqlite).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>mappe</translation>
    </message>
    <message>
        <source>Interface language: fi, sv, nb or en.</source>
        <translation>Språk i brukergrensesnittet: fi, sv, nb eller en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>Sign in as this agent (user name).</source>
        <translation>Logg inn som denne saksbehandleren (brukernavn).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>bruker</translation>
    </message>
    <message>
        <source>Create a demo database of &lt;n&gt; customers in --data-dir and exit.</source>
        <translation>Opprett en demodatabase med &lt;n&gt; kunder i --data-dir og avslutt.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Number of demo customers for an empty database (default 20000).</source>
        <translation>Antall demokunder for en tom database (standard 20000).</translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation>Lagre vinduet som PNG-fil og avslutt.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>View to capture (lookup).</source>
        <translation>Visningen som skal avbildes (lookup).</translation>
    </message>
    <message>
        <source>view</source>
        <translation>visning</translation>
    </message>
    <message>
        <source>Search to run before capturing.</source>
        <translation>Søk som skal kjøres før bildet tas.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>Window size for the capture (WxH).</source>
        <translation>Vindusstørrelse for bildet (BxH).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>--demo-customers needs a number of 0 or more.</source>
        <translation>--demo-customers krever et tall på 0 eller mer.</translation>
    </message>
    <message>
        <source>--seed-demo needs a number of customers above 0.</source>
        <translation>--seed-demo krever et antall kunder over 0.</translation>
    </message>
    <message>
        <source>--lang must be one of fi, sv, nb, en.</source>
        <translation>--lang må være én av fi, sv, nb, en.</translation>
    </message>
    <message>
        <source>--size must look like 1440x900.</source>
        <translation>--size må ha formen 1440x900.</translation>
    </message>
    <message>
        <source>Print &quot;ready &lt;ms&gt; rss-kb &lt;kB&gt;&quot; once the window is interactive, then exit (for the start-up benchmark).</source>
        <translation>Skriv ut &quot;ready &lt;ms&gt; rss-kb &lt;kB&gt;&quot; når vinduet er klart til bruk, og avslutt (for oppstartsmålingen).</translation>
    </message>
</context>
</TS>
