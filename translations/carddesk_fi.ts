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
    <name>AgentBoardModel</name>
    <message>
        <source>, </source>
        <comment>between queue names</comment>
        <translation>, </translation>
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
        <source>%1 (%2), %3. Drop conversations here to reassign them.</source>
        <translation>%1 (%2), %3. Siirrä keskusteluja pudottamalla ne tähän.</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>%1 alkaen</translation>
    </message>
    <message numerus="yes">
        <source>Average over %n first response(s) today, in SLA time</source>
        <translation>
            <numerusform>Keskiarvo %n tämänpäiväisestä ensivastauksesta, SLA-ajan mukaan</numerusform>
            <numerusform>Keskiarvo %n tämänpäiväisestä ensivastauksesta, SLA-ajan mukaan</numerusform>
        </translation>
    </message>
    <message>
        <source>Average first response today (minutes)</source>
        <translation>Tämän päivän ensivastausten keskiarvo (minuuttia)</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Tavoitettavuus</translation>
    </message>
    <message>
        <source>Open conversations assigned to the agent</source>
        <translation>Asiakaspalvelijan käsittelyssä olevat avoimet keskustelut</translation>
    </message>
    <message>
        <source>Of those, past the SLA deadline that applies now</source>
        <translation>Niistä ne, joiden voimassa oleva SLA-määräaika on ylittynyt</translation>
    </message>
    <message>
        <source>Resolved or closed by the agent since midnight</source>
        <translation>Asiakaspalvelijan keskiyön jälkeen ratkaisemat tai sulkemat</translation>
    </message>
    <message>
        <source>Average time to the first response today, in SLA time</source>
        <translation>Keskimääräinen aika ensivastaukseen tänään, SLA-ajan mukaan</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Jonot</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>open conversations</comment>
        <translation>Avoimet</translation>
    </message>
    <message>
        <source>Breached</source>
        <comment>past the SLA deadline</comment>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>Handled today</source>
        <translation>Käsitelty tänään</translation>
    </message>
    <message>
        <source>Avg. first response</source>
        <translation>Keskim. ensivastaus</translation>
    </message>
</context>
<context>
    <name>AgentPicker</name>
    <message>
        <source>Reassign to Agent</source>
        <translation>Siirrä asiakaspalvelijalle</translation>
    </message>
    <message numerus="yes">
        <source>Reassign %n conversation(s) to:</source>
        <translation>
            <numerusform>Siirrä %n keskustelu asiakaspalvelijalle:</numerusform>
            <numerusform>Siirrä %n keskustelua asiakaspalvelijalle:</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a name or a queue</source>
        <translation>Kirjoita nimi tai jono</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %Ln open</source>
        <comment>agent — presence, open conversations</comment>
        <translation>
            <numerusform>%1 — %2, %Ln avoin</numerusform>
            <numerusform>%1 — %2, %Ln avointa</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between queue names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>↑ ↓ to move, Enter to reassign, Esc to cancel</source>
        <translation>↑ ↓ valitsee, Enter siirtää, Esc peruuttaa</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Siirrä</translation>
    </message>
</context>
<context>
    <name>AgentsPage</name>
    <message>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <source>The agents&apos; figures could not be read.</source>
        <translation>Asiakaspalvelijoiden lukuja ei voitu hakea.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln available</source>
        <comment>agents</comment>
        <translation>
            <numerusform>%1 / %Ln tavoitettavissa</numerusform>
            <numerusform>%1 / %Ln tavoitettavissa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <comment>conversations</comment>
        <translation>
            <numerusform>%Ln valittu</numerusform>
            <numerusform>%Ln valittua</numerusform>
        </translation>
    </message>
    <message>
        <source>Open conversations</source>
        <translation>Avoimet keskustelut</translation>
    </message>
    <message>
        <source>Select an agent to see their open conversations.</source>
        <translation>Valitse asiakaspalvelija, niin näet hänen avoimet keskustelunsa.</translation>
    </message>
    <message>
        <source>%1 has no open conversations.</source>
        <translation>Asiakaspalvelijalla %1 ei ole avoimia keskusteluja.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conversation(s)</source>
        <translation>
            <numerusform>%Ln avoin keskustelu</numerusform>
            <numerusform>%Ln avointa keskustelua</numerusform>
        </translation>
    </message>
    <message>
        <source>These conversations are already %1&apos;s.</source>
        <translation>Nämä keskustelut ovat jo käsittelijällä %1.</translation>
    </message>
    <message numerus="yes">
        <source>Reassigning %Ln conversation(s) to %1…</source>
        <translation>
            <numerusform>Siirretään %Ln keskustelu käsittelijälle %1…</numerusform>
            <numerusform>Siirretään %Ln keskustelua käsittelijälle %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s) reassigned to %1.</source>
        <translation>
            <numerusform>%Ln keskustelu siirretty käsittelijälle %1.</numerusform>
            <numerusform>%Ln keskustelua siirretty käsittelijälle %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was reassigned.</source>
        <translation>Mitään ei siirretty.</translation>
    </message>
    <message>
        <source>Nothing was returned to the queue.</source>
        <translation>Mitään ei palautettu jonoon.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s) returned to their queue.</source>
        <translation>
            <numerusform>%Ln keskustelu palautettu jonoon.</numerusform>
            <numerusform>%Ln keskustelua palautettu jonoon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Asiakaspalvelijat</translation>
    </message>
    <message>
        <source>Reassign to Agent…</source>
        <translation>Siirrä asiakaspalvelijalle…</translation>
    </message>
    <message>
        <source>Return to Queue</source>
        <translation>Palauta jonoon</translation>
    </message>
    <message>
        <source>Reassign to…</source>
        <translation>Siirrä toiselle…</translation>
    </message>
    <message>
        <source>Unassign the selected conversations; they wait in their queue again</source>
        <translation>Poista valituilta keskusteluilta käsittelijä; ne odottavat taas jonossa</translation>
    </message>
    <message>
        <source>Choose another agent for the selected conversations (%1)</source>
        <translation>Siirrä valitut keskustelut toiselle asiakaspalvelijalle (%1)</translation>
    </message>
    <message>
        <source>Select conversations, then press %1 or drag them onto an agent to reassign them.</source>
        <translation>Valitse keskustelut ja siirrä ne painamalla %1 tai vetämällä ne asiakaspalvelijan kohdalle.</translation>
    </message>
    <message>
        <source>The agent&apos;s open conversations</source>
        <translation>Asiakaspalvelijan avoimet keskustelut</translation>
    </message>
</context>
<context>
    <name>AlertEvidencePanel</name>
    <message>
        <source>Amount far above usual</source>
        <translation>Summa selvästi tavallista suurempi</translation>
    </message>
    <message>
        <source>At night, hours the customer never uses</source>
        <translation>Yöllä, aikaan jolloin asiakas ei koskaan asioi</translation>
    </message>
    <message>
        <source>New country while the card was used elsewhere</source>
        <translation>Uusi maa, vaikka korttia käytettiin samaan aikaan muualla</translation>
    </message>
    <message>
        <source>Rapid series of transactions</source>
        <translation>Nopea tapahtumasarja</translation>
    </message>
    <message>
        <source>Online in a high-risk category</source>
        <translation>Verkko-osto korkean riskin luokassa</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>fraud alert</comment>
        <translation>Avoin</translation>
    </message>
    <message>
        <source>Genuine</source>
        <comment>fraud alert</comment>
        <translation>Aito</translation>
    </message>
    <message>
        <source>Fraud</source>
        <comment>fraud alert</comment>
        <translation>Väärinkäyttö</translation>
    </message>
    <message>
        <source>Suspicious transactions on %1</source>
        <translation>Epäilyttäviä tapahtumia kortilla %1</translation>
    </message>
    <message>
        <source>online</source>
        <translation>verkko</translation>
    </message>
    <message>
        <source>contactless</source>
        <translation>lähimaksu</translation>
    </message>
    <message>
        <source>ATM</source>
        <translation>automaatti</translation>
    </message>
    <message>
        <source>chip</source>
        <translation>siru</translation>
    </message>
    <message>
        <source>Closed as genuine by %1, %2.</source>
        <translation>%1 sulki hälytyksen aitona %2.</translation>
    </message>
    <message>
        <source>Recorded as fraud by %1, %2.</source>
        <translation>%1 kirjasi väärinkäytöksi %2.</translation>
    </message>
    <message>
        <source>Genuine transactions</source>
        <translation>Aidot tapahtumat</translation>
    </message>
    <message>
        <source>How did the customer confirm these transactions? The note closes the alert.</source>
        <translation>Miten asiakas vahvisti nämä tapahtumat? Muistiinpano sulkee hälytyksen.</translation>
    </message>
    <message>
        <source>Write how the customer confirmed the transactions; the alert stays open.</source>
        <translation>Kirjoita, miten asiakas vahvisti tapahtumat; hälytys pysyy avoinna.</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Väärinkäyttö</translation>
    </message>
    <message>
        <source>The customer does not recognise these transactions. The compromised-card steps start next: lock the card first.

Note (optional):</source>
        <translation>Asiakas ei tunnista näitä tapahtumia. Seuraavaksi aloitetaan vaarantuneen kortin toimenpiteet: lukitse kortti ensin.

Muistiinpano (vapaaehtoinen):</translation>
    </message>
    <message>
        <source>Genuine…</source>
        <translation>Aito…</translation>
    </message>
    <message>
        <source>The customer confirms the transactions: close the alert with a note.</source>
        <translation>Asiakas vahvistaa tapahtumat: sulje hälytys muistiinpanolla.</translation>
    </message>
    <message>
        <source>Fraud…</source>
        <translation>Väärinkäyttö…</translation>
    </message>
    <message>
        <source>Not the customer: record fraud and start the compromised-card steps.</source>
        <translation>Ei asiakkaan tekemiä: kirjaa väärinkäyttö ja aloita vaarantuneen kortin toimenpiteet.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
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
        <source>How</source>
        <comment>card used: chip, online…</comment>
        <translation>Tapa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>AnalyticsCharts</name>
    <message>
        <source>No conversations in this period</source>
        <translation>Ei keskusteluja tällä jaksolla</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>viikossa</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>päivässä</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediaani</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. persentiili</translation>
    </message>
    <message>
        <source>% of the SLA target</source>
        <translation>% SLA-tavoitteesta</translation>
    </message>
    <message>
        <source>SLA target</source>
        <translation>SLA-tavoite</translation>
    </message>
    <message>
        <source>%1: %2 %3 (target %4)</source>
        <translation>%1: %2 %3 (tavoite %4)</translation>
    </message>
    <message>
        <source>median</source>
        <translation>mediaani</translation>
    </message>
    <message>
        <source>No satisfaction answers in this period</source>
        <translation>Ei tyytyväisyysvastauksia tällä jaksolla</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Vastaukset</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>week</source>
        <translation>viikko</translation>
    </message>
    <message>
        <source>CSAT, %</source>
        <translation>CSAT, %</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>vastauksia</translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <source>The first day comes after the last. Choose a first day on or before %1.</source>
        <translation>Ensimmäinen päivä on viimeisen jälkeen. Valitse ensimmäiseksi päiväksi %1 tai sitä aiempi päivä.</translation>
    </message>
    <message>
        <source>Choose at most %1 days.</source>
        <translation>Valitse enintään %1 päivää.</translation>
    </message>
    <message>
        <source>The figures could not be computed.</source>
        <translation>Lukuja ei voitu laskea.</translation>
    </message>
    <message>
        <source>%1 a day on average</source>
        <translation>Keskimäärin %1 päivässä</translation>
    </message>
    <message>
        <source>%1 within target</source>
        <translation>%1 tavoiteajassa</translation>
    </message>
    <message>
        <source>Target %1 · %2</source>
        <translation>Tavoite %1 · %2</translation>
    </message>
    <message>
        <source>None in this period</source>
        <translation>Ei yhtään tällä jaksolla</translation>
    </message>
    <message>
        <source>%1 of %2 deadlines</source>
        <translation>%1 / %2 määräajasta</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s)</source>
        <translation>
            <numerusform>%Ln vastaus</numerusform>
            <numerusform>%Ln vastausta</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · average %2</source>
        <translation>%1 · keskiarvo %2</translation>
    </message>
    <message>
        <source>%1 · %2 answered</source>
        <translation>%1 · %2 vastasi</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Ensivastaus</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Ratkaisu</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Asiakaspalvelija</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Jono</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Viikko</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>Lasketaan: %1…</translation>
    </message>
    <message>
        <source>%1 · computed %2</source>
        <translation>%1 · laskettu klo %2</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Jakso:</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Viimeiset 7 päivää</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Viimeiset 30 päivää</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Viimeiset 90 päivää</translation>
    </message>
    <message>
        <source>Custom dates…</source>
        <translation>Muu aikaväli…</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Ensimmäinen päivä</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Viimeinen päivä</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>Laske uudelleen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Keskustelut</translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation>Ensivastaus, mediaani</translation>
    </message>
    <message>
        <source>Resolution, median</source>
        <translation>Ratkaisu, mediaani</translation>
    </message>
    <message>
        <source>SLA met, team</source>
        <translation>SLA täyttynyt, tiimi</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT)</source>
        <translation>Tyytyväisyys (CSAT)</translation>
    </message>
    <message>
        <source>Conversations per channel</source>
        <translation>Keskustelut kanavittain</translation>
    </message>
    <message>
        <source>Response and resolution times against the SLA</source>
        <translation>Vastaus- ja ratkaisuajat suhteessa SLA-tavoitteisiin</translation>
    </message>
    <message>
        <source>SLA met per agent</source>
        <translation>SLA:n täyttyminen asiakaspalvelijoittain</translation>
    </message>
    <message>
        <source>SLA met per queue</source>
        <translation>SLA:n täyttyminen jonoittain</translation>
    </message>
    <message>
        <source>Topics and card outcomes per week</source>
        <translation>Aiheet ja korttitoimenpiteet viikoittain</translation>
    </message>
    <message>
        <source>New conversations per topic. A week that rose by half or more over the week before (at least %1) is marked.</source>
        <translation>Uudet keskustelut aiheittain. Merkitty on viikko, jolla määrä kasvoi edellisestä viikosta vähintään puolella (vähintään %1).</translation>
    </message>
    <message>
        <source>Satisfaction per week</source>
        <translation>Tyytyväisyys viikoittain</translation>
    </message>
    <message>
        <source>Satisfaction per channel</source>
        <translation>Tyytyväisyys kanavittain</translation>
    </message>
    <message>
        <source>Satisfaction per agent</source>
        <translation>Tyytyväisyys asiakaspalvelijoittain</translation>
    </message>
    <message>
        <source>First response per channel</source>
        <translation>Ensivastaus kanavittain</translation>
    </message>
    <message>
        <source>Resolution per channel</source>
        <translation>Ratkaisu kanavittain</translation>
    </message>
</context>
<context>
    <name>AnalyticsTables</name>
    <message>
        <source>Week</source>
        <translation>Viikko</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Viikko alkaen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>first response</source>
        <translation>ensivastaus</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Vastattu</translation>
    </message>
    <message>
        <source>First responses</source>
        <translation>Ensivastaukset</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>ratkaisu</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Ratkaistu</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Ratkaisut</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediaani</translation>
    </message>
    <message>
        <source>Median %1 (minutes)</source>
        <translation>Mediaani, %1 (minuuttia)</translation>
    </message>
    <message>
        <source>90th pct.</source>
        <translation>90. pers.</translation>
    </message>
    <message>
        <source>90th percentile %1 (minutes)</source>
        <translation>90. persentiili, %1 (minuuttia)</translation>
    </message>
    <message>
        <source>Nine in ten took no longer than this</source>
        <translation>Yhdeksän kymmenestä ei kestänyt tätä kauempaa</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Target %1 (minutes)</source>
        <translation>Tavoite, %1 (minuuttia)</translation>
    </message>
    <message>
        <source>The SLA target for normal priority</source>
        <translation>SLA-tavoite normaalille prioriteetille</translation>
    </message>
    <message>
        <source>Met</source>
        <comment>within the SLA target</comment>
        <translation>Tavoitteessa</translation>
    </message>
    <message>
        <source>Within target %1 (%)</source>
        <translation>Tavoitteessa, %1 (%)</translation>
    </message>
    <message>
        <source>Within the SLA target</source>
        <translation>SLA-tavoitteen sisällä</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Kaikki kanavat</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mitattu</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Ajallaan</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA täyttynyt</translation>
    </message>
    <message>
        <source>SLA met (%)</source>
        <translation>SLA täyttynyt (%)</translation>
    </message>
    <message>
        <source>First responses and resolutions with a deadline in the period</source>
        <translation>Ensivastaukset ja ratkaisut, joiden määräaika osui jaksolle</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Koko tiimi</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <source>%1
so far</source>
        <comment>a week not over yet</comment>
        <translation>%1
tähän asti</translation>
    </message>
    <message>
        <source>%1, the week before the period, for the change</source>
        <translation>%1, jaksoa edeltävä viikko muutoksen laskemista varten</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muutos</translation>
    </message>
    <message>
        <source>Change
%1</source>
        <comment>change in week 47</comment>
        <translation>Muutos
%1</translation>
    </message>
    <message>
        <source>Change in %1 over the week before (%)</source>
        <translation>Muutos edellisestä viikosta, %1 (%)</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 (vertailu: %2)</translation>
    </message>
    <message>
        <source>Up %1 on the week before (%2 → %3)</source>
        <translation>Kasvua %1 edelliseen viikkoon verrattuna (%2 → %3)</translation>
    </message>
    <message>
        <source>New this week: %1, none the week before</source>
        <translation>Uusi tällä viikolla: %1, edellisellä viikolla ei yhtään</translation>
    </message>
    <message>
        <source>new</source>
        <translation>uusi</translation>
    </message>
    <message>
        <source>Card outcomes</source>
        <translation>Korttitoimenpiteet</translation>
    </message>
    <message>
        <source>Cards locked</source>
        <translation>Kortteja lukittu</translation>
    </message>
    <message>
        <source>Cards replaced</source>
        <translation>Kortteja korvattu</translation>
    </message>
    <message>
        <source>Disputes filed</source>
        <translation>Reklamaatioita tehty</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Vastaukset</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CSAT (% answering 4 or 5)</source>
        <translation>CSAT (% vastauksista 4 tai 5)</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Keskiarvo</translation>
    </message>
    <message>
        <source>Average score (1–5)</source>
        <translation>Arvosanojen keskiarvo (1–5)</translation>
    </message>
    <message>
        <source>The share of answers that are 4 or 5 out of 5</source>
        <translation>Niiden vastausten osuus, joissa arvosana on 4 tai 5 asteikolla 1–5</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The certificate file %1 cannot be read: %2</source>
        <translation>Varmennetiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate. Ask IT for the CA certificate of the CardDesk server in PEM form (text starting with -----BEGIN CERTIFICATE-----).</source>
        <translation>Tiedostossa %1 ei ole PEM-varmennetta. Pyydä IT:ltä CardDesk-palvelimen CA-varmenne PEM-muodossa (teksti, joka alkaa -----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>This CardDesk was built without TLS support; %1 cannot be used.</source>
        <translation>Tämä CardDesk on käännetty ilman TLS-tukea; osoitetta %1 ei voi käyttää.</translation>
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
    <message>
        <source>Inbox</source>
        <translation>Saapuneet</translation>
    </message>
    <message>
        <source>Open a customer or a conversation first: the card workflow is for the customer on screen.</source>
        <translation>Avaa ensin asiakas tai keskustelu: kortin työnkulku koskee näytöllä olevaa asiakasta.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Kirjaudu uudelleen</translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Enter the password of %2 to go on. What you did meanwhile waits on this computer and is sent once you are signed in.</source>
        <translation>Istuntosi palvelimella %1 on päättynyt. Jatka antamalla käyttäjän %2 salasana. Sillä välin tekemäsi työ odottaa tällä tietokoneella ja lähetetään, kun olet kirjautunut.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Kirjaudu</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Kirjaudutaan…</translation>
    </message>
    <message>
        <source>Signed in again. Waiting work is being sent.</source>
        <translation>Kirjauduttu uudelleen. Odottanut työ lähetetään.</translation>
    </message>
    <message>
        <source>No password for %1: set CARDDESK_PASSWORD, or start without --screenshot to be asked.</source>
        <translation>Käyttäjän %1 salasana puuttuu: aseta CARDDESK_PASSWORD tai käynnistä ilman valitsinta --screenshot, jolloin salasanaa kysytään.</translation>
    </message>
    <message>
        <source>Sign in to CardDesk</source>
        <translation>Kirjaudu CardDeskiin</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>Käyttäjän %1 salasana palvelimelle %2:</translation>
    </message>
    <message>
        <source>Not signed in: CardDesk needs the password of %1 to reach %2.</source>
        <translation>Et ole kirjautunut: CardDesk tarvitsee käyttäjän %1 salasanan yhdistääkseen palvelimeen %2.</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Seuranta</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The attachment could not be read.</source>
        <translation>Liitettä ei voitu lukea.</translation>
    </message>
    <message>
        <source>The attachment folder %1 could not be created.</source>
        <translation>Liitekansiota %1 ei voitu luoda.</translation>
    </message>
    <message>
        <source>The attachment could not be written: %1</source>
        <translation>Liitettä ei voitu kirjoittaa: %1</translation>
    </message>
    <message>
        <source>The attachment could not be read: %1</source>
        <translation>Liitettä ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>The attachment is larger than the limit of %1 MB and was not stored.</source>
        <translation>Liite ylittää %1 Mt:n kokorajan, eikä sitä tallennettu.</translation>
    </message>
    <message>
        <source>The attachment could not be stored: %1</source>
        <translation>Liitettä ei voitu tallentaa: %1</translation>
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
    <name>AuditEntryDetails</name>
    <message>
        <source>Entry %1 · %2</source>
        <translation>Merkintä %1 · %2</translation>
    </message>
    <message>
        <source>Chain check: %1</source>
        <translation>Ketjun tarkistus: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>display name (user name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Asiakaspalvelija</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Aika (UTC)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Komento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ei mitään)</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Ketju</translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation>Edellinen tiiviste</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Tiiviste</translation>
    </message>
    <message>
        <source>Select an entry to see everything it records: the details as written, and the hashes that chain it to the entry before.</source>
        <translation>Valitse merkintä, niin näet kaiken, mitä siihen on kirjattu: tiedot sellaisina kuin ne kirjoitettiin sekä tiivisteet, jotka ketjuttavat sen edelliseen merkintään.</translation>
    </message>
</context>
<context>
    <name>AuditEntryModel</name>
    <message>
        <source>The chain check found this entry broken.</source>
        <translation>Ketjun tarkistuksessa tämä merkintä todettiin virheelliseksi.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Asiakaspalvelija</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <source>All agents</source>
        <translation>Kaikki asiakaspalvelijat</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>display name (user name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Kaikki toiminnot</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>&amp;Asiakaspalvelija</translation>
    </message>
    <message>
        <source>C&amp;ustomer number</source>
        <translation>Asiakas&amp;numero</translation>
    </message>
    <message>
        <source>Ca&amp;rd</source>
        <translation>&amp;Kortti</translation>
    </message>
    <message>
        <source>Ac&amp;tion</source>
        <translation>&amp;Toiminto</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>A&amp;lkaen</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <comment>last day of a date range</comment>
        <translation>A&amp;sti</translation>
    </message>
    <message>
        <source>e.g. 100000042</source>
        <translation>esim. 100000042</translation>
    </message>
    <message>
        <source>Last four or #id</source>
        <translation>Loppunumerot tai #id</translation>
    </message>
    <message>
        <source>The card&apos;s last four digits (1234), or its id (#45). Never a full card number.</source>
        <translation>Kortin neljä viimeistä numeroa (1234) tai sen tunniste (#45). Ei koskaan koko korttinumeroa.</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Mikä tahansa päivä</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Tyhjennä suodattimet</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Kirjautui sisään</translation>
    </message>
    <message>
        <source>Card locked</source>
        <translation>Kortti lukittu</translation>
    </message>
    <message>
        <source>Card unlocked</source>
        <translation>Kortin lukitus poistettu</translation>
    </message>
    <message>
        <source>Card closed</source>
        <translation>Kortti suljettu</translation>
    </message>
    <message>
        <source>Card activated</source>
        <translation>Kortti aktivoitu</translation>
    </message>
    <message>
        <source>Card controls changed</source>
        <translation>Käyttörajoituksia muutettu</translation>
    </message>
    <message>
        <source>Spending limits changed</source>
        <translation>Käyttörajoja muutettu</translation>
    </message>
    <message>
        <source>Replacement card ordered</source>
        <translation>Korvaava kortti tilattu</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>PIN-koodi vaihdettu</translation>
    </message>
    <message>
        <source>Card reported not received</source>
        <translation>Kortti ilmoitettu saapumattomaksi</translation>
    </message>
    <message>
        <source>Identity verification recorded</source>
        <translation>Tunnistus kirjattu</translation>
    </message>
    <message>
        <source>Contact details changed</source>
        <translation>Yhteystietoja muutettu</translation>
    </message>
    <message>
        <source>National ID revealed</source>
        <translation>Henkilötunnus näytetty</translation>
    </message>
    <message>
        <source>Reply sent</source>
        <translation>Vastaus lähetetty</translation>
    </message>
    <message>
        <source>Internal note added</source>
        <translation>Sisäinen muistiinpano lisätty</translation>
    </message>
    <message>
        <source>Conversations assigned</source>
        <translation>Keskusteluja osoitettu</translation>
    </message>
    <message>
        <source>Conversation status changed</source>
        <translation>Keskustelun tilaa muutettu</translation>
    </message>
    <message>
        <source>Conversation priority changed</source>
        <translation>Keskustelun prioriteettia muutettu</translation>
    </message>
    <message>
        <source>Topics added</source>
        <translation>Aiheita lisätty</translation>
    </message>
    <message>
        <source>Call logged</source>
        <translation>Puhelu kirjattu</translation>
    </message>
    <message>
        <source>Email imported</source>
        <translation>Sähköposti tuotu</translation>
    </message>
    <message>
        <source>All card actions</source>
        <translation>Kaikki korttitoiminnot</translation>
    </message>
    <message>
        <source>All customer actions</source>
        <translation>Kaikki asiakastoiminnot</translation>
    </message>
    <message>
        <source>All conversation actions</source>
        <translation>Kaikki keskustelutoiminnot</translation>
    </message>
    <message>
        <source>All sign-ins</source>
        <translation>Kaikki kirjautumiset</translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation>Asiakas #%1</translation>
    </message>
    <message>
        <source>Card #%1</source>
        <translation>Kortti #%1</translation>
    </message>
    <message>
        <source>Card #%1 %2</source>
        <translation>Kortti #%1 %2</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>Keskustelu %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln keskustelu</numerusform>
            <numerusform>%Ln keskustelua</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Asiakaspalvelija %1</translation>
    </message>
    <message>
        <source>Incoming email</source>
        <translation>Saapuva sähköposti</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>state before → after</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>passed</source>
        <comment>verification</comment>
        <translation>onnistui</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>verification</comment>
        <translation>epäonnistui</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s)</source>
        <translation>
            <numerusform>%Ln kenttä</numerusform>
            <numerusform>%Ln kenttää</numerusform>
        </translation>
    </message>
    <message>
        <source>altered after it was written</source>
        <translation>muutettu kirjoittamisen jälkeen</translation>
    </message>
    <message>
        <source>an entry before it is missing</source>
        <translation>sitä edeltävä merkintä puuttuu</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>väärässä järjestyksessä</translation>
    </message>
    <message>
        <source>does not link to the entry before it</source>
        <translation>ei liity edeltävään merkintään</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>entry %1 before this one is missing</source>
        <translation>tätä edeltävä merkintä %1 puuttuu</translation>
    </message>
    <message>
        <source>Checking the chain…</source>
        <translation>Tarkistetaan ketjua…</translation>
    </message>
    <message numerus="yes">
        <source>The chain check was stopped after %Ln entries; nothing wrong was found in them.</source>
        <translation>
            <numerusform>Ketjun tarkistus keskeytettiin %Ln merkinnän jälkeen; siinä ei havaittu virheitä.</numerusform>
            <numerusform>Ketjun tarkistus keskeytettiin %Ln merkinnän jälkeen; niissä ei havaittu virheitä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Entry %1</source>
        <translation>Näytä merkintä %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Näillä suodattimilla ei löytynyt merkintöjä.</translation>
    </message>
    <message>
        <source>Showing the newest %1 matching entries. Narrow the filters to reach older ones.</source>
        <translation>Näytetään %1 uusinta vastaavaa merkintää. Tarkenna suodattimia nähdäksesi vanhemmat.</translation>
    </message>
    <message>
        <source>%1 entries shown, newest first; more load as you scroll.</source>
        <translation>%1 merkintää näkyvissä, uusimmat ensin; lisää latautuu vierittäessä.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching entries, newest first.</source>
        <translation>
            <numerusform>%Ln vastaava merkintä.</numerusform>
            <numerusform>%Ln vastaavaa merkintää, uusimmat ensin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing entry %1 and older.</source>
        <translation>Näytetään merkintä %1 ja sitä vanhemmat.</translation>
    </message>
    <message>
        <source>Audit Log — CardDesk</source>
        <translation>Tarkastusloki — CardDesk</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Tarkastusloki</translation>
    </message>
    <message>
        <source>Every card action, identity reveal, change and sign-in, chained by SHA-256 so that an edited or removed entry shows.</source>
        <translation>Kaikki korttitoiminnot, henkilötunnusten näyttämiset, muutokset ja kirjautumiset SHA-256-ketjutettuina, jotta muokattu tai poistettu merkintä havaitaan.</translation>
    </message>
    <message>
        <source>Check Chain</source>
        <translation>Tarkista ketju</translation>
    </message>
    <message>
        <source>Verify every entry&apos;s hash and link, from the first entry to the last</source>
        <translation>Tarkista jokaisen merkinnän tiiviste ja linkitys ensimmäisestä merkinnästä viimeiseen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Keskeytä</translation>
    </message>
    <message>
        <source>Show newest</source>
        <translation>Näytä uusimmat</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Tarkastuslokin merkinnät</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Merkinnän tiedot</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Merkintä</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Aika (UTC)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Asiakaspalvelija</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Asiakaspalvelijan nimi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>Toimintokoodi</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Komento</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Tiiviste</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Tiedostoa %1 ei voitu tallentaa: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries saved to %1.</source>
        <translation>
            <numerusform>%Ln merkintä tallennettu tiedostoon %1.</numerusform>
            <numerusform>%Ln merkintää tallennettu tiedostoon %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>These are the entries loaded so far; scroll further or narrow the filters to include older ones.</source>
        <translation>Mukana ovat tähän mennessä ladatut merkinnät; saat vanhemmat mukaan vierittämällä pidemmälle tai tarkentamalla suodattimia.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Vie CSV…</translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV file</source>
        <translation>Tallenna näytetyt merkinnät CSV-tiedostoon</translation>
    </message>
</context>
<context>
    <name>BulkActionBar</name>
    <message numerus="yes">
        <source>%n selected</source>
        <comment>conversations</comment>
        <translation>
            <numerusform>%n valittu</numerusform>
            <numerusform>%n valittua</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign to Me</source>
        <translation>Ota käsittelyyn</translation>
    </message>
    <message>
        <source>Assign To</source>
        <translation>Osoita</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Add Topic</source>
        <translation>Lisää aihe</translation>
    </message>
    <message>
        <source>Agent…</source>
        <translation>Asiakaspalvelija…</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Jono: %1</translation>
    </message>
</context>
<context>
    <name>CardActionDialog</name>
    <message>
        <source>The customer wants a pause</source>
        <translation>Asiakas haluaa tauon</translation>
    </message>
    <message>
        <source>Misplaced; it may turn up</source>
        <translation>Hukassa; voi vielä löytyä</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Kadonnut</translation>
    </message>
    <message>
        <source>Stolen</source>
        <translation>Varastettu</translation>
    </message>
    <message>
        <source>Suspected fraud</source>
        <translation>Epäilty väärinkäyttö</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Vioittunut</translation>
    </message>
    <message>
        <source>Lock the card %1</source>
        <translation>Lukitse kortti %1</translation>
    </message>
    <message>
        <source>A temporary lock: the card declines every payment until it is unlocked. The customer keeps the card and its number. If it is surely lost or stolen, use &quot;Lost, stolen or damaged…&quot; instead: it locks, reviews the spending and orders a new card in one go.</source>
        <translation>Tilapäinen lukitus: kortti hylkää kaikki maksut, kunnes lukitus poistetaan. Asiakas saa pitää kortin ja sen numeron. Jos kortti on varmasti kadonnut tai varastettu, käytä sen sijaan toimintoa &quot;Kadonnut, varastettu tai vioittunut…&quot;: se lukitsee kortin, käy läpi käytön ja tilaa uuden kortin yhdellä kertaa.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Syy:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Muistiinpano:</translation>
    </message>
    <message>
        <source>Optional: what the customer said</source>
        <translation>Vapaaehtoinen: mitä asiakas kertoi</translation>
    </message>
    <message>
        <source>Lock card</source>
        <translation>Lukitse kortti</translation>
    </message>
    <message>
        <source>Unlock the card %1</source>
        <translation>Poista kortin %1 lukitus</translation>
    </message>
    <message>
        <source>The card works again at once, for everything its controls allow.</source>
        <translation>Kortti toimii heti uudelleen kaikkeen, mitä sen käyttörajoitukset sallivat.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Syy:</translation>
    </message>
    <message>
        <source>Required: for example, the customer found the card</source>
        <translation>Pakollinen: esimerkiksi asiakas löysi kortin</translation>
    </message>
    <message>
        <source>Unlock card</source>
        <translation>Poista lukitus</translation>
    </message>
    <message>
        <source>Activate the card %1</source>
        <translation>Aktivoi kortti %1</translation>
    </message>
    <message>
        <source>Activate a card only while the customer holds it: ask them to read the last four digits from the card in their hand. A replacement for a damaged or expired card closes the old card now.</source>
        <translation>Aktivoi kortti vain, kun se on asiakkaan hallussa: pyydä asiakasta lukemaan neljä viimeistä numeroa kädessään olevasta kortista. Kun vioittuneen tai vanhentuneen kortin korvaava kortti aktivoidaan, vanha kortti suljetaan heti.</translation>
    </message>
    <message>
        <source>The customer confirms the card %1 is in their hands</source>
        <translation>Asiakas vahvistaa, että kortti %1 on hänen hallussaan</translation>
    </message>
    <message>
        <source>Activate card</source>
        <translation>Aktivoi kortti</translation>
    </message>
    <message>
        <source>New PIN for the card %1</source>
        <translation>Uusi PIN-koodi kortille %1</translation>
    </message>
    <message>
        <source>The card gets a new PIN; the old one stops working when the new one is delivered.</source>
        <translation>Kortille tulee uusi PIN-koodi; vanha lakkaa toimimasta, kun uusi on toimitettu.</translation>
    </message>
    <message>
        <source>PIN letter to the registered address</source>
        <translation>PIN-kirje rekisteröityyn osoitteeseen</translation>
    </message>
    <message>
        <source>Show the new PIN in the customer&apos;s app</source>
        <translation>Näytä uusi PIN-koodi asiakkaan sovelluksessa</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Vaihda PIN-koodi</translation>
    </message>
    <message>
        <source>Card %1 not received</source>
        <translation>Kortti %1 ei ole saapunut</translation>
    </message>
    <message>
        <source>The card is closed now, as it may be in someone else&apos;s hands, and the address it was sent to is flagged. Then confirm the address with the customer and order a new card.</source>
        <translation>Kortti suljetaan nyt, koska se voi olla jonkun muun hallussa, ja osoite, johon se lähetettiin, merkitään. Varmista sen jälkeen osoite asiakkaalta ja tilaa uusi kortti.</translation>
    </message>
    <message>
        <source>Close card and flag address</source>
        <translation>Sulje kortti ja merkitse osoite</translation>
    </message>
    <message>
        <source>Confirm the customer&apos;s address</source>
        <translation>Vahvista asiakkaan osoite</translation>
    </message>
    <message>
        <source>The address is flagged: %1. Clear the flag only after the customer has confirmed their registered address; new cards and PIN letters go there again.</source>
        <translation>Osoite on merkitty: %1. Poista merkintä vasta, kun asiakas on vahvistanut rekisteröidyn osoitteensa; uudet kortit ja PIN-kirjeet lähetetään sen jälkeen taas sinne.</translation>
    </message>
    <message>
        <source>The customer has confirmed the registered address</source>
        <translation>Asiakas on vahvistanut rekisteröidyn osoitteen</translation>
    </message>
    <message>
        <source>Optional: for example, the name was missing from the mailbox</source>
        <translation>Vapaaehtoinen: esimerkiksi nimi puuttui postilaatikosta</translation>
    </message>
    <message>
        <source>Clear the flag</source>
        <translation>Poista merkintä</translation>
    </message>
    <message>
        <source>Write why the card is unlocked, for example &quot;the customer found it&quot;.</source>
        <translation>Kirjoita, miksi kortin lukitus poistetaan, esimerkiksi &quot;asiakas löysi kortin&quot;.</translation>
    </message>
    <message>
        <source>A new card for %1</source>
        <translation>Uusi kortti kortin %1 tilalle</translation>
    </message>
    <message>
        <source>The card %1 is closed. The new card gets a new number and the same controls and limits; it goes to the registered address. Confirm the address with the customer first.</source>
        <translation>Kortti %1 on suljettu. Uusi kortti saa uuden numeron ja samat rajoitukset ja rajat; se lähetetään rekisteröityyn osoitteeseen. Vahvista osoite asiakkaan kanssa ensin.</translation>
    </message>
    <message>
        <source>The card %1 is closed. The new card keeps the number, controls and limits; it goes to the registered address. Confirm the address with the customer first.</source>
        <translation>Kortti %1 on suljettu. Uusi kortti säilyttää numeron, rajoitukset ja rajat; se lähetetään rekisteröityyn osoitteeseen. Vahvista osoite asiakkaan kanssa ensin.</translation>
    </message>
    <message>
        <source>By post (5 business days)</source>
        <translation>Postitse (5 arkipäivää)</translation>
    </message>
    <message>
        <source>By courier, expedited (2 business days)</source>
        <translation>Pikatoimitus kuriirilla (2 arkipäivää)</translation>
    </message>
    <message>
        <source>Keep the current PIN</source>
        <translation>Pidä nykyinen PIN-koodi</translation>
    </message>
    <message>
        <source>New PIN, sent by letter separately</source>
        <translation>Uusi PIN-koodi, erikseen kirjeenä</translation>
    </message>
    <message>
        <source>Order the new card</source>
        <translation>Tilaa uusi kortti</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>CardSettingsDialog</name>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Kauppias</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Declined by</source>
        <translation>Hylkäyksen syy</translation>
    </message>
    <message>
        <source>Transactions these settings would have declined</source>
        <translation>Tapahtumat, jotka nämä asetukset olisivat hylänneet</translation>
    </message>
    <message>
        <source>What they would have declined in the last %1 days</source>
        <translation>Mitä ne olisivat hylänneet viimeisten %1 päivän aikana</translation>
    </message>
    <message>
        <source>Loading the card&apos;s current settings…</source>
        <translation>Ladataan kortin nykyisiä asetuksia…</translation>
    </message>
    <message>
        <source>Checking the last %1 days…</source>
        <translation>Tarkistetaan viimeiset %1 päivää…</translation>
    </message>
    <message>
        <source>The last %1 days could not be checked: %2</source>
        <translation>Viimeisiä %1 päivää ei voitu tarkistaa: %2</translation>
    </message>
    <message numerus="yes">
        <source>These settings would not have declined any of the %n purchase(s) in the last %1 days.</source>
        <translation>
            <numerusform>Viimeisten %1 päivän aikana tehtiin %n osto; nämä asetukset eivät olisi hylänneet sitä.</numerusform>
            <numerusform>Viimeisten %1 päivän aikana tehtiin %n ostoa; nämä asetukset eivät olisi hylänneet yhtäkään niistä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These settings would have declined %1 of %n purchase(s) in the last %2 days.</source>
        <translation>
            <numerusform>Nämä asetukset olisivat hylänneet viimeisten %2 päivän ostoista %1 / %n.</numerusform>
            <numerusform>Nämä asetukset olisivat hylänneet viimeisten %2 päivän ostoista %1 / %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed yet</source>
        <translation>Mitään ei ole vielä muutettu</translation>
    </message>
    <message>
        <source>Wait for the preview of what these settings would have declined</source>
        <translation>Odota esikatselua siitä, mitä nämä asetukset olisivat hylänneet</translation>
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
    <message>
        <source>Caller not verified</source>
        <translation>Soittajaa ei ole tunnistettu</translation>
    </message>
    <message>
        <source>Caller failed verification</source>
        <translation>Soittajan tunnistus epäonnistui</translation>
    </message>
    <message>
        <source>Caller strongly verified</source>
        <translation>Soittaja tunnistettu vahvasti</translation>
    </message>
    <message>
        <source>Caller identified the card</source>
        <translation>Soittaja tunnisti kortin</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2; valid for %n minute(s) in this call</source>
        <translation>
            <numerusform>%1, %2; voimassa tässä puhelussa %n minuutin ajan</numerusform>
            <numerusform>%1, %2; voimassa tässä puhelussa %n minuutin ajan</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the caller&apos;s verification in any card action.</source>
        <translation>Kirjaa soittajan tunnistus minkä tahansa korttitoiminnon yhteydessä.</translation>
    </message>
    <message>
        <source>Address flagged</source>
        <translation>Osoite merkitty</translation>
    </message>
    <message>
        <source>%1. Confirm the registered address with the customer before a new card or a PIN letter goes there.</source>
        <translation>%1. Varmista rekisteröity osoite asiakkaalta, ennen kuin sinne lähetetään uusi kortti tai PIN-kirje.</translation>
    </message>
    <message>
        <source>Address confirmed…</source>
        <translation>Osoite vahvistettu…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Toiminnot</translation>
    </message>
    <message>
        <source>Actions for the card %1</source>
        <translation>Kortin %1 toiminnot</translation>
    </message>
    <message>
        <source>Needs %1</source>
        <translation>Vaatii: %1</translation>
    </message>
    <message>
        <source>Lock…</source>
        <translation>Lukitse…</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Poista lukitus…</translation>
    </message>
    <message>
        <source>Activate…</source>
        <translation>Aktivoi…</translation>
    </message>
    <message>
        <source>New PIN…</source>
        <translation>Uusi PIN-koodi…</translation>
    </message>
    <message>
        <source>Card not received…</source>
        <translation>Kortti ei ole saapunut…</translation>
    </message>
    <message>
        <source>Controls…</source>
        <translation>Käyttörajoitukset…</translation>
    </message>
    <message>
        <source>Limits…</source>
        <translation>Käyttörajat…</translation>
    </message>
    <message>
        <source>Lost, stolen or damaged…</source>
        <translation>Kadonnut, varastettu tai vioittunut…</translation>
    </message>
    <message>
        <source>by post to the registered address</source>
        <translation>postitse rekisteröityyn osoitteeseen</translation>
    </message>
    <message>
        <source>to a pickup point</source>
        <translation>noutopisteeseen</translation>
    </message>
    <message>
        <source>to the pickup point %1</source>
        <translation>noutopisteeseen %1</translation>
    </message>
    <message>
        <source>by courier (expedited) to the registered address</source>
        <translation>pikatoimituksena kuriirilla rekisteröityyn osoitteeseen</translation>
    </message>
    <message>
        <source>Ordered %1, %2; leaves %3, arrives about %4</source>
        <translation>Tilattu %1, %2; lähtee %3, perillä noin %4</translation>
    </message>
    <message>
        <source>On its way %1 (ordered %2); arrives about %3</source>
        <translation>Matkalla %1 (tilattu %2); perillä noin %3</translation>
    </message>
    <message>
        <source>At the pickup point since %1 (ordered %2); activate it once the customer has it</source>
        <translation>Noutopisteessä %1 alkaen (tilattu %2); aktivoi, kun kortti on asiakkaalla</translation>
    </message>
    <message>
        <source>At the pickup point (ordered %1); activate it once the customer has it</source>
        <translation>Noutopisteessä (tilattu %1); aktivoi, kun kortti on asiakkaalla</translation>
    </message>
    <message>
        <source>Delivered %1 %2 (ordered %3); activate it once the customer has it</source>
        <translation>Toimitettu %1 %2 (tilattu %3); aktivoi, kun kortti on asiakkaalla</translation>
    </message>
    <message>
        <source>Delivered %1 (ordered %2); activate it once the customer has it</source>
        <translation>Toimitettu %1 (tilattu %2); aktivoi, kun kortti on asiakkaalla</translation>
    </message>
    <message>
        <source>Order a new card…</source>
        <translation>Tilaa uusi kortti…</translation>
    </message>
    <message>
        <source>Lock requested, not yet in effect — if the link stays down, ask the customer to lock the card in the app or call the card hotline.</source>
        <translation>Lukitusta pyydetty, ei vielä voimassa — jos yhteys ei palaa, pyydä asiakasta lukitsemaan kortti sovelluksessa tai soita korttien sulkupalveluun.</translation>
    </message>
    <message>
        <source>Closing requested, not yet in effect — if the link stays down, call the card hotline to block the card.</source>
        <translation>Sulkemista pyydetty, ei vielä voimassa — jos yhteys ei palaa, soita korttien sulkupalveluun kortin sulkemiseksi.</translation>
    </message>
    <message>
        <source>Unlock requested, not yet in effect — the card stays locked until the server confirms it.</source>
        <translation>Lukituksen avaamista pyydetty, ei vielä voimassa — kortti pysyy lukittuna, kunnes palvelin vahvistaa sen.</translation>
    </message>
    <message>
        <source>Change requested, not yet in effect — it is sent when the link to the server is back.</source>
        <translation>Muutosta pyydetty, ei vielä voimassa — se lähetetään, kun yhteys palvelimeen palaa.</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Inbox Actions</source>
        <translation>Saapuneiden toiminnot</translation>
    </message>
    <message>
        <source>Type an action…</source>
        <translation>Kirjoita toiminto…</translation>
    </message>
    <message>
        <source>%1	%2</source>
        <comment>action, shortcut</comment>
        <translation>%1	%2</translation>
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
    <name>CommandRoute</name>
    <message>
        <source>The command %1 names several conversations; it is sent one conversation at a time (split it first).</source>
        <translation>Komento %1 koskee useita keskusteluja; se lähetetään keskustelu kerrallaan (jaa se ensin).</translation>
    </message>
    <message>
        <source>The dispute does not name its transaction (subject %1).</source>
        <translation>Reklamaatio ei kerro tapahtumaansa (kohde %1).</translation>
    </message>
    <message>
        <source>The command %1 is not sent to the server: in remote mode the server does this itself.</source>
        <translation>Komentoa %1 ei lähetetä palvelimelle: etätilassa palvelin tekee sen itse.</translation>
    </message>
    <message>
        <source>CardDesk does not know how to send a command of type %1 to the server.</source>
        <translation>CardDesk ei osaa lähettää palvelimelle komentoa, jonka tyyppi on %1.</translation>
    </message>
    <message>
        <source>The command %1 has the subject %2; it needs a %3.</source>
        <translation>Komennon %1 kohde on %2; se tarvitsee kohteen %3.</translation>
    </message>
    <message>
        <source>The command %1 cannot be sent: the request needs the %2, which neither the command nor the cache gave.</source>
        <translation>Komentoa %1 ei voi lähettää: pyyntö tarvitsee tiedon %2, jota komento tai välimuisti ei antanut.</translation>
    </message>
    <message>
        <source>The command %1 cannot be sent: it does not say which version it changes (expectedVersion).</source>
        <translation>Komentoa %1 ei voi lähettää: siitä puuttuu muutettava versio (expectedVersion).</translation>
    </message>
    <message>
        <source>The command %1 cannot be sent: it needs the version of %2 the agent saw.</source>
        <translation>Komentoa %1 ei voi lähettää: se tarvitsee version, jonka asiakaspalvelija näki kohteesta %2.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Fill in before sending: %1</source>
        <translation>Täytä ennen lähettämistä: %1</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Kirjoita ensin muistiinpano.</translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation>Kirjoita ensin vastaus.</translation>
    </message>
    <message>
        <source>Card Number in the Text</source>
        <translation>Korttinumero tekstissä</translation>
    </message>
    <message>
        <source>This note contains a card number. Card numbers are never stored in full.</source>
        <translation>Muistiinpanossa on korttinumero. Korttinumeroita ei koskaan tallenneta kokonaisina.</translation>
    </message>
    <message>
        <source>This reply contains a card number. Card numbers are never sent or stored in full.</source>
        <translation>Vastauksessa on korttinumero. Korttinumeroita ei koskaan lähetetä eikä tallenneta kokonaisina.</translation>
    </message>
    <message>
        <source>Mask it to the first six and last four digits and send, or go back and edit the text.</source>
        <translation>Peitä numero niin, että vain kuusi ensimmäistä ja neljä viimeistä numeroa näkyvät, ja lähetä, tai palaa muokkaamaan tekstiä.</translation>
    </message>
    <message>
        <source>Mask It and Send</source>
        <translation>Peitä ja lähetä</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Muokkaa</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Vastaa</translation>
    </message>
    <message>
        <source>Reply to the customer by %1 (R)</source>
        <translation>Vastaa asiakkaalle (kanava: %1) (R)</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Sisäinen muistiinpano</translation>
    </message>
    <message>
        <source>A note only agents see (N)</source>
        <translation>Muistiinpano, jonka näkevät vain asiakaspalvelijat (N)</translation>
    </message>
    <message>
        <source>Macros</source>
        <translation>Vastauspohjat</translation>
    </message>
    <message>
        <source>Insert a macro (Ctrl+M, or / at the start of a line)</source>
        <translation>Lisää vastauspohja (Ctrl+M tai / rivin alussa)</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Lisää muistiinpano</translation>
    </message>
    <message>
        <source>Send Reply</source>
        <translation>Lähetä vastaus</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Internal note — only agents see this.</source>
        <translation>Sisäinen muistiinpano – näkyy vain asiakaspalvelijoille.</translation>
    </message>
    <message>
        <source>Phone conversations are answered by phone: Ctrl+L logs a call. Notes are never shown to the customer.</source>
        <translation>Puhelinkeskusteluihin vastataan puhelimitse: Ctrl+L kirjaa puhelun. Muistiinpanoja ei koskaan näytetä asiakkaalle.</translation>
    </message>
    <message>
        <source>Never shown to the customer. Ctrl+Enter adds the note.</source>
        <translation>Ei koskaan näy asiakkaalle. Ctrl+Enter lisää muistiinpanon.</translation>
    </message>
    <message>
        <source>Write a reply, or type / for a macro…</source>
        <translation>Kirjoita vastaus tai lisää vastauspohja kirjoittamalla /…</translation>
    </message>
    <message>
        <source>Goes to the customer by %1. Macros in %2. Ctrl+Enter sends.</source>
        <translation>Lähetetään asiakkaalle (kanava: %1). Vastauspohjien kieli: %2. Ctrl+Enter lähettää.</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Offline since %1</source>
        <translation>Ei yhteyttä %1 alkaen</translation>
    </message>
    <message numerus="yes">
        <source>Offline since %1 · %n change(s) not yet sent</source>
        <translation>
            <numerusform>Ei yhteyttä %1 alkaen · %n muutos lähettämättä</numerusform>
            <numerusform>Ei yhteyttä %1 alkaen · %n muutosta lähettämättä</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 sent</source>
        <translation>Synkronoidaan: %1/%2 lähetetty</translation>
    </message>
    <message numerus="yes">
        <source>Online · sign in again to send %n change(s)</source>
        <translation>
            <numerusform>Yhteys · kirjaudu uudelleen, jotta %n muutos lähtee</numerusform>
            <numerusform>Yhteys · kirjaudu uudelleen, jotta %n muutosta lähtee</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Online · %n change(s) waiting to be sent</source>
        <translation>
            <numerusform>Yhteys · %n muutos odottaa lähetystä</numerusform>
            <numerusform>Yhteys · %n muutosta odottaa lähetystä</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Yhteys</translation>
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
    <name>ControlsDialog</name>
    <message>
        <source>Online purchases (card not present)</source>
        <translation>Verkko-ostot (kortti ei läsnä)</translation>
    </message>
    <message>
        <source>Purchases abroad</source>
        <translation>Ostot ulkomailla</translation>
    </message>
    <message>
        <source>Contactless payments</source>
        <translation>Lähimaksut</translation>
    </message>
    <message>
        <source>ATM withdrawals</source>
        <translation>Käteisnostot</translation>
    </message>
    <message>
        <source>Card controls of %1</source>
        <translation>Kortin %1 käyttörajoitukset</translation>
    </message>
    <message>
        <source>What the card may be used for. Switching one off takes effect at once; switching one on needs strong verification.</source>
        <translation>Mihin korttia saa käyttää. Käytön estäminen tulee voimaan heti; käytön salliminen vaatii vahvan tunnistuksen.</translation>
    </message>
    <message>
        <source>Save controls</source>
        <translation>Tallenna rajoitukset</translation>
    </message>
    <message>
        <source>Online off</source>
        <translation>Verkko-ostot estetty</translation>
    </message>
    <message>
        <source>Abroad off</source>
        <translation>Ulkomaat estetty</translation>
    </message>
    <message>
        <source>Contactless off</source>
        <translation>Lähimaksu estetty</translation>
    </message>
    <message>
        <source>ATM off</source>
        <translation>Käteisnostot estetty</translation>
    </message>
</context>
<context>
    <name>ConversationContextPanel</name>
    <message>
        <source>Open Customer</source>
        <translation>Avaa asiakas</translation>
    </message>
    <message>
        <source>Open the full customer in Customers (Ctrl+Shift+C)</source>
        <translation>Avaa asiakkaan kaikki tiedot Asiakkaat-osiossa (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>The customer is shown here.</source>
        <translation>Asiakkaan tiedot näytetään tässä.</translation>
    </message>
    <message>
        <source>Loading the customer…</source>
        <translation>Ladataan asiakkaan tietoja…</translation>
    </message>
    <message>
        <source>Not matched to a customer. Check the sender before giving out any account details.</source>
        <translation>Ei yhdistetty asiakkaaseen. Tarkista lähettäjä ennen kuin annat mitään tilitietoja.</translation>
    </message>
    <message>
        <source>The customer could not be loaded.</source>
        <translation>Asiakkaan tietoja ei voitu ladata.</translation>
    </message>
    <message>
        <source>Customer no. %1</source>
        <translation>Asiakasnro %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kortit</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tili</translation>
    </message>
    <message>
        <source>Balance %1 of %2</source>
        <translation>Saldo %1 / %2</translation>
    </message>
    <message>
        <source>Due %1: %2 (%3)</source>
        <translation>Eräpäivä %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Other conversations</source>
        <translation>Muut keskustelut</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ei muita.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>Unassigned</source>
        <translation>Ei käsittelijää</translation>
    </message>
    <message>
        <source>Me</source>
        <comment>assigned to the signed-in agent</comment>
        <translation>Minä</translation>
    </message>
</context>
<context>
    <name>ConversationRepository</name>
    <message>
        <source>The conversations could not be read. Try again; if it keeps failing, restart CardDesk.</source>
        <translation>Keskusteluja ei voitu lukea. Yritä uudelleen. Jos ongelma toistuu, käynnistä CardDesk uudelleen.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>Tätä keskustelua ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>The conversation could not be opened: %1</source>
        <translation>Keskustelua ei voitu avata: %1</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Ei vielä viestejä.</translation>
    </message>
    <message>
        <source>From the customer by %1</source>
        <translation>Asiakkaalta (kanava: %1)</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Vastaus asiakkaalle</translation>
    </message>
    <message>
        <source>Internal note — not visible to the customer</source>
        <translation>Sisäinen muistiinpano – ei näy asiakkaalle</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>tuntematon tyyppi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Tallenna…</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(ei aihetta)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ei käsittelijää</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Minulla käsittelyssä</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Käsittelijä: %1</translation>
    </message>
    <message>
        <source>SLA: %1</source>
        <translation>SLA: %1</translation>
    </message>
    <message>
        <source>The message was not stored.</source>
        <translation>Viestiä ei tallennettu.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Muistiinpano lisätty.</translation>
    </message>
    <message>
        <source>Reply stored. Its delivery state is shown under it.</source>
        <translation>Vastaus tallennettu. Sen toimitustila näkyy sen alla.</translation>
    </message>
    <message>
        <source>This link is not opened: “%1” is not a web or mail address.</source>
        <translation>Linkkiä ei avata: ”%1” ei ole verkko- eikä sähköpostiosoite.</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Avaa linkki</translation>
    </message>
    <message>
        <source>Open this address in the web browser?</source>
        <translation>Avataanko tämä osoite verkkoselaimessa?</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Avaa selaimessa</translation>
    </message>
    <message>
        <source>The attachment “%1” is not in the attachment store.</source>
        <translation>Liitettä ”%1” ei ole liitevarastossa.</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Tallenna liite</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>Tiedostoa ”%1” ei voitu kirjoittaa.</translation>
    </message>
    <message>
        <source>No program is set up to open “%1”.</source>
        <translation>Tiedoston ”%1” avaamiseen ei ole määritetty ohjelmaa.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Tallennettu: %1.</translation>
    </message>
    <message>
        <source>Choose a conversation from the list.
J and K move down and up, R replies, N adds a note, Ctrl+K lists every action.</source>
        <translation>Valitse keskustelu luettelosta.
J ja K siirtävät alas ja ylös, R vastaa, N lisää muistiinpanon, Ctrl+K näyttää kaikki toiminnot.</translation>
    </message>
    <message>
        <source>Suggested topic: %1 (%2 %)</source>
        <translation>Ehdotettu aihe: %1 (%2 %)</translation>
    </message>
    <message>
        <source>Reply with “%1” (Ctrl+M)</source>
        <translation>Vastaa pohjalla ”%1” (Ctrl+M)</translation>
    </message>
    <message>
        <source>A suggestion from the local topic classifier; check it before you use it.</source>
        <translation>Paikallisen aihetunnistimen ehdotus; tarkista se ennen käyttöä.</translation>
    </message>
    <message numerus="yes">
        <source>Show the %n earlier message(s)</source>
        <translation>
            <numerusform>Näytä aiempi viesti</numerusform>
            <numerusform>Näytä %n aiempaa viestiä</numerusform>
        </translation>
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
    <message>
        <source>Unfinished card workflow: card %2 %1, started by %3 at %4, last saved by %5.</source>
        <translation>Keskeneräinen kortin työnkulku: kortti %2, %1; aloittanut %3 %4, viimeksi tallentanut %5.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Jatka</translation>
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
    <message>
        <source>Ordered</source>
        <comment>card status</comment>
        <translation>Tilattu</translation>
    </message>
    <message>
        <source>Shipped</source>
        <comment>card status</comment>
        <translation>Postitettu</translation>
    </message>
    <message>
        <source>Delivered</source>
        <comment>card status</comment>
        <translation>Toimitettu</translation>
    </message>
    <message>
        <source>Undeliverable</source>
        <comment>card status reason</comment>
        <translation>Ei voitu toimittaa</translation>
    </message>
    <message>
        <source>lost</source>
        <comment>card workflow situation</comment>
        <translation>kadonnut</translation>
    </message>
    <message>
        <source>stolen</source>
        <comment>card workflow situation</comment>
        <translation>varastettu</translation>
    </message>
    <message>
        <source>damaged</source>
        <comment>card workflow situation</comment>
        <translation>vioittunut</translation>
    </message>
    <message>
        <source>compromised</source>
        <comment>card workflow situation</comment>
        <translation>vaarantunut</translation>
    </message>
</context>
<context>
    <name>DisputeReasons</name>
    <message>
        <source>Confirm that the customer declares they neither made nor allowed this purchase.</source>
        <translation>Vahvista, että asiakas vakuuttaa, ettei ole tehnyt eikä sallinut tätä ostoa.</translation>
    </message>
    <message>
        <source>Choose the purchase this one duplicates.</source>
        <translation>Valitse osto, jonka kaksoisveloitus tämä on.</translation>
    </message>
    <message>
        <source>Enter the amount on the receipt; it must be less than the amount charged.</source>
        <translation>Kirjoita kuitin summa; sen on oltava pienempi kuin veloitettu summa.</translation>
    </message>
    <message>
        <source>Enter when the goods or service should have arrived (a date in the past).</source>
        <translation>Kirjoita, milloin tavaran tai palvelun olisi pitänyt saapua (mennyt päivämäärä).</translation>
    </message>
    <message>
        <source>The customer must have contacted the merchant first; confirm that they did.</source>
        <translation>Asiakkaan on täytynyt ensin ottaa yhteyttä kauppiaaseen; vahvista, että hän on tehnyt niin.</translation>
    </message>
    <message>
        <source>Enter when the customer cancelled the subscription (on or before the charge).</source>
        <translation>Kirjoita, milloin asiakas irtisanoi tilauksen (viimeistään veloituspäivänä).</translation>
    </message>
    <message>
        <source>The dispute&apos;s evidence is incomplete.</source>
        <translation>Reklamaation selvitys on puutteellinen.</translation>
    </message>
</context>
<context>
    <name>DrillDownModel</name>
    <message>
        <source>Unassigned</source>
        <translation>Ei käsittelijää</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Tuntematon lähettäjä</translation>
    </message>
    <message>
        <source>Came in</source>
        <translation>Saapunut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <source>Assignee (user name)</source>
        <translation>Käsittelijä (käyttäjätunnus)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Jono</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Käsittelijä</translation>
    </message>
    <message>
        <source>Age</source>
        <comment>how long ago the conversation came in</comment>
        <translation>Ikä</translation>
    </message>
    <message>
        <source>SLA</source>
        <comment>time left until the SLA deadline</comment>
        <translation>SLA</translation>
    </message>
</context>
<context>
    <name>EmailParser</name>
    <message>
        <source>The message has more than %1 parts; only the first %1 were read.</source>
        <translation>Viestissä on yli %1 osaa; vain %1 ensimmäistä luettiin.</translation>
    </message>
    <message>
        <source>Parts nested deeper than %1 levels were skipped.</source>
        <translation>Yli %1 tason syvyydelle sisäkkäiset osat ohitettiin.</translation>
    </message>
    <message>
        <source>The text is in an unknown character set (%1); it was read as UTF-8 or Windows-1252.</source>
        <translation>Tekstin merkistö on tuntematon (%1); teksti luettiin UTF-8- tai Windows-1252-merkistönä.</translation>
    </message>
    <message>
        <source>A very long message body was cut to its first %1 characters.</source>
        <translation>Hyvin pitkä viestin runko lyhennettiin %1 ensimmäiseen merkkiin.</translation>
    </message>
    <message>
        <source>A part of the message could not be read and was skipped.</source>
        <translation>Osaa viestistä ei voitu lukea, ja se ohitettiin.</translation>
    </message>
    <message>
        <source>The attachment %1 claims to be %2 but its content is %3; it is treated as %3.</source>
        <translation>Liite %1 ilmoittaa tyypikseen %2, mutta sen sisältö on %3; sitä käsitellään tyyppinä %3.</translation>
    </message>
    <message>
        <source>The attachment %1 has no content type; its content is %2.</source>
        <translation>Liitteellä %1 ei ole sisältötyyppiä; sen sisältö on %2.</translation>
    </message>
    <message>
        <source>The attachment %1 was not stored: %2</source>
        <translation>Liitettä %1 ei tallennettu: %2</translation>
    </message>
    <message>
        <source>An attached message could not be saved.</source>
        <translation>Liitteenä olevaa viestiä ei voitu tallentaa.</translation>
    </message>
    <message numerus="yes">
        <source>%n card number(s) in the message were masked.</source>
        <translation>
            <numerusform>Viestistä peitettiin %n korttinumero.</numerusform>
            <numerusform>Viestistä peitettiin %n korttinumeroa.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not an email message.</source>
        <translation>Tiedosto ei ole sähköpostiviesti.</translation>
    </message>
    <message>
        <source>The file is not an email message: it has none of the headers of one.</source>
        <translation>Tiedosto ei ole sähköpostiviesti: siinä ei ole yhtään sähköpostiviestin otsaketta.</translation>
    </message>
    <message>
        <source>The message has no sender address.</source>
        <translation>Viestissä ei ole lähettäjän osoitetta.</translation>
    </message>
    <message>
        <source>The subject was cut to its first %1 characters.</source>
        <translation>Aihe lyhennettiin %1 ensimmäiseen merkkiin.</translation>
    </message>
    <message>
        <source>The message&apos;s date could not be read; the file&apos;s time is used.</source>
        <translation>Viestin päivämäärää ei voitu lukea; käytetään tiedoston aikaa.</translation>
    </message>
    <message>
        <source>The message has no date; the file&apos;s time is used.</source>
        <translation>Viestissä ei ole päivämäärää; käytetään tiedoston aikaa.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened: %2</source>
        <translation>Tiedostoa %1 ei voitu avata: %2</translation>
    </message>
    <message>
        <source>The message is larger than the limit of %1 MB and was not imported.</source>
        <translation>Viesti ylittää %1 Mt:n kokorajan, eikä sitä tuotu.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tiedosto on tyhjä.</translation>
    </message>
    <message>
        <source>The message&apos;s headers are larger than %1 MB; it was not imported.</source>
        <translation>Viestin otsakkeet ovat yli %1 Mt; viestiä ei tuotu.</translation>
    </message>
    <message>
        <source>The message has too many nested parts to be read safely and was not imported.</source>
        <translation>Viestissä on liian monta sisäkkäistä osaa turvalliseen lukemiseen, eikä sitä tuotu.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>Tiedostoa %1 ei voitu avata.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Viesti on tyhjä.</translation>
    </message>
</context>
<context>
    <name>ExportSaver</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-kuvat (*.png)</translation>
    </message>
    <message>
        <source>The image could not be encoded.</source>
        <translation>Kuvaa ei voitu muodostaa.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Vie</translation>
    </message>
</context>
<context>
    <name>ExportableSection</name>
    <message>
        <source>Saved %1.</source>
        <translation>Tallennettu: %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Tiedostoa %1 ei voitu tallentaa: %2</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Vie CSV…</translation>
    </message>
    <message>
        <source>Save this table as a CSV file for a spreadsheet</source>
        <translation>Tallenna tämä taulukko CSV-tiedostona taulukkolaskentaa varten</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>Tallenna PNG…</translation>
    </message>
    <message>
        <source>Save this chart as an image</source>
        <translation>Tallenna tämä kaavio kuvana</translation>
    </message>
</context>
<context>
    <name>InboxNavigation</name>
    <message>
        <source>Due soon or breached: %1 due within the hour, %2 already past their SLA</source>
        <translation>Pian erääntyvät tai ylitetyt: %1 erääntyy tunnin sisällä, %2 on jo ylittänyt SLA-ajan</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanavat</translation>
    </message>
    <message>
        <source>My open</source>
        <translation>Omat avoimet</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ei käsittelijää</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Kaikki avoimet</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Pian erääntyvät</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Hälytykset</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Ratkaistut</translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message>
        <source>Moved to the %1 queue.</source>
        <translation>Siirretty jonoon %1.</translation>
    </message>
    <message>
        <source>Topic added.</source>
        <translation>Aihe lisätty.</translation>
    </message>
    <message>
        <source>The change was not made.</source>
        <translation>Muutosta ei tehty.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) resolved.</source>
        <translation>
            <numerusform>%n keskustelu ratkaistu.</numerusform>
            <numerusform>%n keskustelua ratkaistu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned to you.</source>
        <translation>Otettu käsittelyysi.</translation>
    </message>
    <message>
        <source>Assign to Agent</source>
        <translation>Osoita asiakaspalvelijalle</translation>
    </message>
    <message>
        <source>Agent&apos;s user name (empty to unassign):</source>
        <translation>Asiakaspalvelijan käyttäjätunnus (tyhjä poistaa käsittelijän):</translation>
    </message>
    <message>
        <source>Unassigned.</source>
        <translation>Käsittelijä poistettu.</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>Osoitettu käsittelijälle %1.</translation>
    </message>
    <message>
        <source>Move to Queue</source>
        <translation>Siirrä jonoon</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>Jono:</translation>
    </message>
    <message>
        <source>Add Topic</source>
        <translation>Lisää aihe</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Aihe:</translation>
    </message>
    <message>
        <source>Priority set to urgent.</source>
        <translation>Prioriteetiksi asetettu kiireellinen.</translation>
    </message>
    <message>
        <source>Priority set to normal.</source>
        <translation>Prioriteetiksi asetettu normaali.</translation>
    </message>
    <message>
        <source>Waiting for the customer.</source>
        <translation>Odottaa asiakasta.</translation>
    </message>
    <message>
        <source>Put on hold.</source>
        <translation>Asetettu pitoon.</translation>
    </message>
    <message>
        <source>Reopened.</source>
        <translation>Avattu uudelleen.</translation>
    </message>
    <message>
        <source>Call logged.</source>
        <translation>Puhelu kirjattu.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Kaikki kanavat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteetti</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Kaikki prioriteetit</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Jono</translation>
    </message>
    <message>
        <source>Any queue</source>
        <translation>Kaikki jonot</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>Kaikki aiheet</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Käsittelijä</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Kuka tahansa</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Minä</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Minulla käsittelyssä</translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <translation>Suodatettu: %1</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Suodata</translation>
    </message>
    <message>
        <source>Filter (%1)</source>
        <translation>Suodata (%1)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <source>No conversations in this view.</source>
        <translation>Tässä näkymässä ei ole keskusteluja.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Haulla ”%1” ei löytynyt mitään.</translation>
    </message>
    <message>
        <source>Could not load the list: %1</source>
        <translation>Luetteloa ei voitu ladata: %1</translation>
    </message>
    <message>
        <source>Showing %1, more below</source>
        <translation>%1 näkyvissä, lisää alla</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n keskustelu</numerusform>
            <numerusform>%n keskustelua</numerusform>
        </translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Saapuneet</translation>
    </message>
    <message>
        <source>Search messages and subjects ( / )</source>
        <translation>Hae viesteistä ja aiheista ( / )</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tyhjennä</translation>
    </message>
    <message>
        <source>SLA due first</source>
        <translation>SLA-määräaika ensin</translation>
    </message>
    <message>
        <source>Latest activity</source>
        <translation>Viimeisin toiminta</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Seuraava keskustelu</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Edellinen keskustelu</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Vastaa</translation>
    </message>
    <message>
        <source>Add internal note</source>
        <translation>Lisää sisäinen muistiinpano</translation>
    </message>
    <message>
        <source>Close (resolve)</source>
        <translation>Sulje (ratkaistu)</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Ota käsittelyyn</translation>
    </message>
    <message>
        <source>Assign to agent…</source>
        <translation>Osoita asiakaspalvelijalle…</translation>
    </message>
    <message>
        <source>Move to queue…</source>
        <translation>Siirrä jonoon…</translation>
    </message>
    <message>
        <source>Add topic…</source>
        <translation>Lisää aihe…</translation>
    </message>
    <message>
        <source>Set priority: urgent</source>
        <translation>Aseta prioriteetti: kiireellinen</translation>
    </message>
    <message>
        <source>Set priority: normal</source>
        <translation>Aseta prioriteetti: normaali</translation>
    </message>
    <message>
        <source>Wait for the customer</source>
        <translation>Odota asiakasta</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>Aseta pitoon</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Avaa uudelleen</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Hae keskusteluja</translation>
    </message>
    <message>
        <source>Insert macro</source>
        <translation>Lisää vastauspohja</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Kirjaa puhelu</translation>
    </message>
    <message>
        <source>Open the customer in Customers</source>
        <translation>Avaa asiakas Asiakkaat-osiossa</translation>
    </message>
    <message>
        <source>Show all actions</source>
        <translation>Näytä kaikki toiminnot</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Lataa uudelleen</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n email file(s)…</source>
        <translation>
            <numerusform>Tuodaan %n sähköpostitiedosto…</numerusform>
            <numerusform>Tuodaan %n sähköpostitiedostoa…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) imported</source>
        <translation>
            <numerusform>%n viesti tuotu</numerusform>
            <numerusform>%n viestiä tuotu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the inbox, not imported again</source>
        <translation>
            <numerusform>%n oli jo saapuneissa, ei tuotu uudelleen</numerusform>
            <numerusform>%n oli jo saapuneissa, ei tuotu uudelleen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Ei tuotu: %1</translation>
    </message>
    <message>
        <source>Hide the customer panel</source>
        <translation>Piilota asiakaspaneeli</translation>
    </message>
    <message>
        <source>Show the customer panel</source>
        <translation>Näytä asiakaspaneeli</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>action, shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>InboxText</name>
    <message numerus="yes">
        <source>%n min</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>duration in days</comment>
        <translation>
            <numerusform>%n pv</numerusform>
            <numerusform>%n pv</numerusform>
        </translation>
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
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Verkkolomake</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Sosiaalinen media</translation>
    </message>
    <message>
        <source>App message</source>
        <translation>Sovellusviesti</translation>
    </message>
    <message>
        <source>Alert</source>
        <comment>a conversation raised by a fraud rule</comment>
        <translation>Hälytys</translation>
    </message>
    <message>
        <source>New</source>
        <comment>conversation status</comment>
        <translation>Uusi</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>conversation status</comment>
        <translation>Avoin</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Odottaa asiakasta</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Pidossa</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Ratkaistu</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>conversation status</comment>
        <translation>Suljettu</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>priority</comment>
        <translation>Matala</translation>
    </message>
    <message>
        <source>Normal</source>
        <comment>priority</comment>
        <translation>Normaali</translation>
    </message>
    <message>
        <source>High</source>
        <comment>priority</comment>
        <translation>Korkea</translation>
    </message>
    <message>
        <source>Urgent</source>
        <comment>priority</comment>
        <translation>Kiireellinen</translation>
    </message>
    <message>
        <source>Lost or stolen card</source>
        <translation>Kadonnut tai varastettu kortti</translation>
    </message>
    <message>
        <source>Card not received</source>
        <translation>Kortti ei ole saapunut</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-koodi</translation>
    </message>
    <message>
        <source>Invoice and due date</source>
        <translation>Lasku ja eräpäivä</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Luottoraja</translation>
    </message>
    <message>
        <source>Disputed purchase</source>
        <translation>Kiistetty osto</translation>
    </message>
    <message>
        <source>Benefits and campaigns</source>
        <translation>Edut ja kampanjat</translation>
    </message>
    <message>
        <source>Address change</source>
        <translation>Osoitteenmuutos</translation>
    </message>
    <message>
        <source>Online payment security</source>
        <translation>Verkkomaksujen turvallisuus</translation>
    </message>
    <message>
        <source>Suspected phishing</source>
        <translation>Epäilty tietojenkalastelu</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>topic</comment>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Cards</source>
        <comment>queue</comment>
        <translation>Kortit</translation>
    </message>
    <message>
        <source>Billing</source>
        <comment>queue</comment>
        <translation>Laskutus</translation>
    </message>
    <message>
        <source>Fraud</source>
        <comment>queue</comment>
        <translation>Väärinkäytökset</translation>
    </message>
    <message>
        <source>General</source>
        <comment>queue</comment>
        <translation>Yleinen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <source>Queued — local mode, not sent to the customer&apos;s channel</source>
        <translation>Jonossa – paikallinen tila, ei lähetetty asiakkaan kanavaan</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Toimitettu</translation>
    </message>
    <message>
        <source>Not delivered — the channel refused it</source>
        <translation>Ei toimitettu – kanava hylkäsi viestin</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <comment>SLA</comment>
        <translation>%1 myöhässä</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>SLA</comment>
        <translation>%1 jäljellä</translation>
    </message>
</context>
<context>
    <name>IntentClassifier</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Rivi %1: %2</translation>
    </message>
    <message>
        <source>expected language, topic and text separated by tabs</source>
        <translation>odotettiin sarkaimilla erotettuja kieltä, aihetta ja tekstiä</translation>
    </message>
    <message>
        <source>unknown topic &quot;%1&quot;</source>
        <translation>tuntematon aihe &quot;%1&quot;</translation>
    </message>
    <message>
        <source>empty language or text</source>
        <translation>kieli tai teksti puuttuu</translation>
    </message>
    <message>
        <source>Cannot open the classifier&apos;s training data: %1</source>
        <translation>Luokittelijan opetusaineistoa ei voi avata: %1</translation>
    </message>
    <message>
        <source>The classifier&apos;s training data is empty.</source>
        <translation>Luokittelijan opetusaineisto on tyhjä.</translation>
    </message>
</context>
<context>
    <name>LimitsDialog</name>
    <message>
        <source>Spending limits of %1</source>
        <translation>Kortin %1 käyttörajat</translation>
    </message>
    <message>
        <source>Limits in %1, the account&apos;s currency. Leave a field empty for no limit. Lowering a limit takes effect at once; raising or removing one needs strong verification.</source>
        <translation>Rajat valuutassa %1 (tilin valuutta). Jätä kenttä tyhjäksi, jos rajaa ei haluta. Rajan laskeminen tulee voimaan heti; rajan nostaminen tai poistaminen vaatii vahvan tunnistuksen.</translation>
    </message>
    <message>
        <source>Per purchase:</source>
        <translation>Ostokohtainen:</translation>
    </message>
    <message>
        <source>the per-purchase limit</source>
        <translation>ostokohtainen raja</translation>
    </message>
    <message>
        <source>Per day:</source>
        <translation>Päivässä:</translation>
    </message>
    <message>
        <source>the daily limit</source>
        <translation>päiväraja</translation>
    </message>
    <message>
        <source>Cash per day:</source>
        <translation>Käteistä päivässä:</translation>
    </message>
    <message>
        <source>the daily cash limit</source>
        <translation>käteisen päiväraja</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Ei rajaa</translation>
    </message>
    <message>
        <source>Save limits</source>
        <translation>Tallenna rajat</translation>
    </message>
    <message>
        <source>Write %1 as an amount in %2, for example 500 or 1250.50 (at most %3), or leave it empty for no limit.</source>
        <translation>Kirjoita %1 summana valuutassa %2, esimerkiksi 500 tai 1250,50 (enintään %3), tai jätä kenttä tyhjäksi, jos rajaa ei haluta.</translation>
    </message>
    <message>
        <source>Per-purchase limit</source>
        <translation>Ostokohtainen raja</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>Päiväraja</translation>
    </message>
    <message>
        <source>Daily cash limit</source>
        <translation>Käteisen päiväraja</translation>
    </message>
</context>
<context>
    <name>LocalAlertService</name>
    <message>
        <source>The change could not be saved, and nothing was changed. Try again.</source>
        <translation>Muutosta ei voitu tallentaa, eikä mitään muutettu. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>a transaction has no valid time</source>
        <translation>tapahtumalla ei ole kelvollista aikaa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter currency code</source>
        <translation>&quot;%1&quot; ei ole kolmikirjaiminen valuuttakoodi</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a four-digit merchant category code</source>
        <translation>&quot;%1&quot; ei ole nelinumeroinen kauppiasluokan koodi</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code</source>
        <translation>&quot;%1&quot; ei ole kaksikirjaiminen maakoodi</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entry mode (chip, contactless, online, atm)</source>
        <translation>&quot;%1&quot; ei ole kelvollinen käyttötapa (chip, contactless, online, atm)</translation>
    </message>
    <message>
        <source>a transaction has no merchant</source>
        <translation>tapahtumalla ei ole kauppiasta</translation>
    </message>
    <message>
        <source>There are no transactions to screen.</source>
        <translation>Tarkistettavia tapahtumia ei ole.</translation>
    </message>
    <message>
        <source>At most %1 transactions can be screened at once; %2 were given.</source>
        <translation>Kerralla voi tarkistaa enintään %1 tapahtumaa; annettiin %2.</translation>
    </message>
    <message>
        <source>The transactions were not screened: %1.</source>
        <translation>Tapahtumia ei tarkistettu: %1.</translation>
    </message>
    <message>
        <source>The fraud rules could not be loaded (%1); nothing was screened.</source>
        <translation>Väärinkäyttösääntöjä ei voitu ladata (%1); mitään ei tarkistettu.</translation>
    </message>
    <message>
        <source>There is no card %1.</source>
        <translation>Korttia %1 ei ole.</translation>
    </message>
    <message>
        <source>Transaction %1 is not of the card %2.</source>
        <translation>Tapahtuma %1 ei kuulu kortille %2.</translation>
    </message>
    <message>
        <source>Some of the transactions to screen do not exist.</source>
        <translation>Osaa tarkistettavista tapahtumista ei ole olemassa.</translation>
    </message>
    <message>
        <source>These transactions were screened before; alert %1 names them.</source>
        <translation>Nämä tapahtumat on tarkistettu aiemmin; ne on mainittu hälytyksessä %1.</translation>
    </message>
    <message numerus="yes">
        <source>Screened %n transaction(s): nothing suspicious.</source>
        <translation>
            <numerusform>Tarkistettiin %n tapahtuma: ei mitään epäilyttävää.</numerusform>
            <numerusform>Tarkistettiin %n tapahtumaa: ei mitään epäilyttävää.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert raised: %1.</source>
        <translation>Hälytys luotu: %1.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Tietokanta ei ole auki.</translation>
    </message>
    <message>
        <source>The alert could not be read. Try again.</source>
        <translation>Hälytystä ei voitu lukea. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>The alert&apos;s transactions could not be read. Try again.</source>
        <translation>Hälytyksen tapahtumia ei voitu lukea. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>Say how the customer confirmed the transactions: a note is required.</source>
        <translation>Kerro, miten asiakas vahvisti tapahtumat: muistiinpano on pakollinen.</translation>
    </message>
    <message>
        <source>The note is too long (%1 characters; at most %2).</source>
        <translation>Muistiinpano on liian pitkä (%1 merkkiä; enintään %2).</translation>
    </message>
    <message>
        <source>This note contains a full card number. Card numbers are never stored: mask it (first six and last four digits at most) and save again.</source>
        <translation>Muistiinpanossa on kokonainen korttinumero. Korttinumeroita ei koskaan tallenneta: peitä numero (näkyviin enintään kuusi ensimmäistä ja neljä viimeistä numeroa) ja tallenna uudelleen.</translation>
    </message>
    <message>
        <source>There is no alert %1.</source>
        <translation>Hälytystä %1 ei ole.</translation>
    </message>
    <message>
        <source>This alert was already decided: %1 by %2 at %3.</source>
        <translation>Tästä hälytyksestä on jo päätetty: %1 (%2, %3).</translation>
    </message>
    <message>
        <source>genuine</source>
        <translation>aito</translation>
    </message>
    <message>
        <source>fraud</source>
        <translation>väärinkäyttö</translation>
    </message>
    <message>
        <source>Another agent decided this alert at the same moment. Reload it.</source>
        <translation>Toinen asiakaspalvelija teki päätöksen tästä hälytyksestä samalla hetkellä. Lataa se uudelleen.</translation>
    </message>
    <message>
        <source>Alert closed as genuine.</source>
        <translation>Hälytys suljettu aitona.</translation>
    </message>
    <message>
        <source>Fraud recorded. Lock the card and go through the compromised-card steps.</source>
        <translation>Väärinkäyttö kirjattu. Lukitse kortti ja käy läpi vaarantuneen kortin toimenpiteet.</translation>
    </message>
</context>
<context>
    <name>LocalAuditService</name>
    <message>
        <source>There is no customer %1.</source>
        <translation>Asiakasta %1 ei löydy.</translation>
    </message>
    <message>
        <source>Customer %1 has no card ending in %2.</source>
        <translation>Asiakkaalla %1 ei ole korttia, jonka loppunumerot ovat %2.</translation>
    </message>
    <message>
        <source>No card ends in %1.</source>
        <translation>Ei korttia, jonka loppunumerot ovat %1.</translation>
    </message>
    <message>
        <source>There is no card #%1.</source>
        <translation>Korttia #%1 ei ole.</translation>
    </message>
    <message>
        <source>The audit log is for supervisors. Ask a supervisor if you need to know who did what.</source>
        <translation>Tarkastusloki on esihenkilöille. Pyydä esihenkilöä, jos sinun on tiedettävä, kuka teki mitä.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Tietokanta ei ole auki.</translation>
    </message>
    <message>
        <source>The audit log could not be read. Try again; if it keeps failing, tell IT support.</source>
        <translation>Tarkastuslokia ei voitu lukea. Yritä uudelleen; jos virhe toistuu, ota yhteys IT-tukeen.</translation>
    </message>
    <message>
        <source>There is no agent with a name that long.</source>
        <translation>Noin pitkällä nimellä ei ole asiakaspalvelijaa.</translation>
    </message>
    <message>
        <source>A customer number has digits only, such as 100000042.</source>
        <translation>Asiakasnumerossa on vain numeroita, esimerkiksi 100000042.</translation>
    </message>
    <message>
        <source>Enter a card&apos;s last four digits, such as 1234, or its id, such as #45. Never enter a full card number.</source>
        <translation>Anna kortin neljä viimeistä numeroa, esimerkiksi 1234, tai sen tunniste, esimerkiksi #45. Älä koskaan anna koko kortin numeroa.</translation>
    </message>
    <message>
        <source>An action looks like card.lock, or card. for every card action.</source>
        <translation>Toiminto on muotoa card.lock, tai card. kaikille korttitoiminnoille.</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>Ensimmäinen päivä on viimeisen päivän jälkeen.</translation>
    </message>
    <message>
        <source>Entry %1 was altered after it was written: its content no longer matches its hash.</source>
        <translation>Merkintää %1 on muutettu kirjoittamisen jälkeen: sen sisältö ei enää vastaa sen tiivistettä.</translation>
    </message>
    <message>
        <source>Entry %1 is missing: it was removed from the log.</source>
        <translation>Merkintä %1 puuttuu: se on poistettu lokista.</translation>
    </message>
    <message>
        <source>Entry %1 is out of order: the entries were rearranged.</source>
        <translation>Merkintä %1 on väärässä järjestyksessä: merkintöjä on järjestelty uudelleen.</translation>
    </message>
    <message>
        <source>Entry %1 does not link to the entry before it: one of the two was altered.</source>
        <translation>Merkintä %1 ei linkity edelliseen merkintään: toista niistä on muutettu.</translation>
    </message>
    <message numerus="yes">
        <source>The chain is broken. %1 The %Ln entries before it are intact.</source>
        <translation>
            <numerusform>Ketju on katkennut. %1 Sitä edeltävä %Ln merkintä on ehjä.</numerusform>
            <numerusform>Ketju on katkennut. %1 Sitä edeltävät %Ln merkintää ovat ehjiä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: all %Ln entries are as they were written.</source>
        <translation>
            <numerusform>Ketju on ehjä: %Ln merkintä on sellaisena kuin se kirjoitettiin.</numerusform>
            <numerusform>Ketju on ehjä: kaikki %Ln merkintää ovat sellaisina kuin ne kirjoitettiin.</numerusform>
        </translation>
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
    <message>
        <source>The demo inbox could not be created: %1</source>
        <translation>Esittelyviestejä ei voitu luoda: %1</translation>
    </message>
    <message>
        <source>There is no agent called %1 in this database.</source>
        <translation>Tässä tietokannassa ei ole asiakaspalvelijaa nimeltä %1.</translation>
    </message>
</context>
<context>
    <name>LocalCardService</name>
    <message>
        <source>ordered</source>
        <translation>tilattu</translation>
    </message>
    <message>
        <source>on its way</source>
        <translation>matkalla</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>toimitettu</translation>
    </message>
    <message>
        <source>not activated</source>
        <translation>aktivoimaton</translation>
    </message>
    <message>
        <source>active</source>
        <translation>käytössä</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>lukittu</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>suljettu</translation>
    </message>
    <message>
        <source>The verification could not be recorded: %1</source>
        <translation>Tunnistusta ei voitu kirjata: %1</translation>
    </message>
    <message>
        <source>Verification recorded.</source>
        <translation>Tunnistus kirjattu.</translation>
    </message>
    <message>
        <source>Failed verification recorded.</source>
        <translation>Epäonnistunut tunnistus kirjattu.</translation>
    </message>
    <message>
        <source>There is no card %1.</source>
        <translation>Korttia %1 ei ole.</translation>
    </message>
    <message>
        <source>The card %1 was changed while you were looking at it: %2 made it %3 at %4. Check the card again before you act.</source>
        <translation>Korttia %1 muutettiin sillä välin, kun katsoit sitä: %2 muutti sen tilaan ”%3” %4. Tarkista kortti uudelleen ennen kuin jatkat.</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>järjestelmä</translation>
    </message>
    <message>
        <source>The card %1 was changed while you were looking at it; it is now %2. Check the card again before you act.</source>
        <translation>Korttia %1 muutettiin sillä välin, kun katsoit sitä; sen tila on nyt ”%2”. Tarkista kortti uudelleen ennen kuin jatkat.</translation>
    </message>
    <message>
        <source>Verify the caller strongly first (bank ID or the app): this action needs it. Nothing was changed.</source>
        <translation>Tunnista soittaja ensin vahvasti (pankkitunnukset tai sovellus): tämä toiminto vaatii sen. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Identify the card with the caller first. Nothing was changed.</source>
        <translation>Varmista ensin soittajan kanssa, mistä kortista on kyse. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The card %1 is %2; it cannot become %3. Nothing was changed.</source>
        <translation>Kortin %1 tila on ”%2”, eikä sitä voi muuttaa tilaan ”%3”. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The card %1 was changed at the same moment. Check it again.</source>
        <translation>Korttia %1 muutettiin samalla hetkellä. Tarkista se uudelleen.</translation>
    </message>
    <message>
        <source>The card could not be changed: %1</source>
        <translation>Korttia ei voitu muuttaa: %1</translation>
    </message>
    <message>
        <source>The card %1 is now %2.</source>
        <translation>Kortin %1 tila on nyt ”%2”.</translation>
    </message>
    <message>
        <source>Activate a card only when the customer confirms they have it in hand. Nothing was changed.</source>
        <translation>Aktivoi kortti vasta, kun asiakas vahvistaa, että kortti on hänen hallussaan. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The card controls of %1 are saved.</source>
        <translation>Kortin %1 käyttörajoitukset on tallennettu.</translation>
    </message>
    <message>
        <source>A card closed at the customer&apos;s request is not replaced. Nothing was ordered.</source>
        <translation>Asiakkaan pyynnöstä suljettua korttia ei korvata. Mitään ei tilattu.</translation>
    </message>
    <message>
        <source>Choose the pickup point first. Nothing was ordered.</source>
        <translation>Valitse ensin noutopiste. Mitään ei tilattu.</translation>
    </message>
    <message>
        <source>The card %1 already has a replacement (•••• %2). Nothing was ordered again.</source>
        <translation>Kortille %1 on jo tilattu korvaava kortti (•••• %2). Mitään ei tilattu uudelleen.</translation>
    </message>
    <message>
        <source>The card %1 was closed as %2; replace it for that reason.</source>
        <translation>Kortti %1 suljettiin syystä ”%2”; korvaa se samasta syystä.</translation>
    </message>
    <message>
        <source>closed for a replacement</source>
        <translation>suljettu korvaavan kortin vuoksi</translation>
    </message>
    <message>
        <source>The replacement could not be ordered: %1</source>
        <translation>Korvaavaa korttia ei voitu tilata: %1</translation>
    </message>
    <message>
        <source>A new card •••• %1 is ordered; %2 is closed.</source>
        <translation>Uusi kortti •••• %1 on tilattu; %2 on suljettu.</translation>
    </message>
    <message>
        <source>A new card with the same number is ordered; %1 works until it is activated.</source>
        <translation>Uusi kortti samalla numerolla on tilattu; %1 toimii, kunnes uusi aktivoidaan.</translation>
    </message>
    <message>
        <source>The card %1 is closed; it has no PIN to reset.</source>
        <translation>Kortti %1 on suljettu; sen PIN-koodia ei voi vaihtaa.</translation>
    </message>
    <message>
        <source>A PIN letter for %1 goes to the registered address.</source>
        <translation>Kortin %1 PIN-kirje lähtee rekisteröityyn osoitteeseen.</translation>
    </message>
    <message>
        <source>The customer can see the new PIN of %1 in the app.</source>
        <translation>Asiakas näkee kortin %1 uuden PIN-koodin sovelluksessa.</translation>
    </message>
    <message>
        <source>The card %1 is %2: it has reached the customer.</source>
        <translation>Kortin %1 tila on ”%2”: se on jo asiakkaalla.</translation>
    </message>
    <message>
        <source>not received by the customer</source>
        <translation>ei tullut perille asiakkaalle</translation>
    </message>
    <message>
        <source>The card %1 is closed and the address is flagged. Confirm the address with the customer, then order a replacement.</source>
        <translation>Kortti %1 on suljettu ja osoite merkitty. Varmista osoite asiakkaalta ja tilaa sitten korvaava kortti.</translation>
    </message>
    <message>
        <source>The spending limits of %1 are saved.</source>
        <translation>Kortin %1 käyttörajat on tallennettu.</translation>
    </message>
    <message>
        <source>The address flag could not be cleared: %1</source>
        <translation>Osoitteen merkintää ei voitu poistaa: %1</translation>
    </message>
    <message>
        <source>The address is not flagged (any more). Nothing was changed.</source>
        <translation>Osoitetta ei ole (enää) merkitty. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The address is confirmed and no longer flagged.</source>
        <translation>Osoite on vahvistettu, eikä se ole enää merkitty.</translation>
    </message>
    <message>
        <source>There is no card %1 for this customer.</source>
        <translation>Tällä asiakkaalla ei ole korttia %1.</translation>
    </message>
    <message>
        <source>%1 started a workflow for the card %2 at %3. Resume it instead of starting another.</source>
        <translation>%1 aloitti kortin %2 työnkulun %3. Jatka sitä sen sijaan, että aloitat uuden.</translation>
    </message>
    <message>
        <source>The card %1 is %2. This workflow is for a card the customer has had in use; for a card on its way, use Card not received.</source>
        <translation>Kortin %1 tila on ”%2”. Tämä työnkulku on tarkoitettu kortille, joka on ollut asiakkaan käytössä; matkalla olevalle kortille käytä toimintoa Kortti ei ole saapunut.</translation>
    </message>
    <message>
        <source>The workflow could not be saved: %1</source>
        <translation>Työnkulkua ei voitu tallentaa: %1</translation>
    </message>
    <message>
        <source>Workflow started for the card %1.</source>
        <translation>Kortin %1 työnkulku aloitettu.</translation>
    </message>
    <message>
        <source>There is no workflow %1.</source>
        <translation>Työnkulkua %1 ei ole.</translation>
    </message>
    <message>
        <source>This workflow was %1 by %2 at %3; nothing more can be saved in it.</source>
        <translation>Työnkulku on %1 (%2, %3); siihen ei voi enää tallentaa mitään.</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>viety loppuun</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>keskeytetty</translation>
    </message>
    <message>
        <source>%1 continued this workflow at %2 while you had it open. Close it and resume it from the customer view to see their changes.</source>
        <translation>%1 jatkoi tätä työnkulkua %2, kun se oli sinulla auki. Sulje se ja jatka sitä asiakasnäkymästä, niin näet tehdyt muutokset.</translation>
    </message>
    <message>
        <source>The workflow&apos;s answers are too large to save. Shorten the notes.</source>
        <translation>Työnkulun vastaukset ovat liian suuret tallennettaviksi. Lyhennä muistiinpanoja.</translation>
    </message>
    <message>
        <source>A colleague saved this workflow at the same moment. Resume it again.</source>
        <translation>Kollega tallensi tämän työnkulun samalla hetkellä. Jatka sitä uudelleen.</translation>
    </message>
    <message>
        <source>Workflow saved.</source>
        <translation>Työnkulku tallennettu.</translation>
    </message>
    <message>
        <source>There is no transaction %1.</source>
        <translation>Tapahtumaa %1 ei ole.</translation>
    </message>
    <message>
        <source>The card of this transaction could not be read: %1</source>
        <translation>Tämän tapahtuman korttia ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>This transaction was not made with the workflow&apos;s card. Nothing was filed.</source>
        <translation>Tätä tapahtumaa ei ole tehty työnkulun kortilla. Reklamaatiota ei tehty.</translation>
    </message>
    <message>
        <source>%1 already disputed this purchase at %2. Nothing was filed again.</source>
        <translation>%1 reklamoi tämän oston jo %2. Reklamaatiota ei tehty uudelleen.</translation>
    </message>
    <message>
        <source>This transaction was declined or reversed: the customer was not charged, so there is nothing to dispute.</source>
        <translation>Tapahtuma on hylätty tai peruttu: asiakasta ei veloitettu, joten reklamoitavaa ei ole.</translation>
    </message>
    <message>
        <source>The card was stolen: enter the police report reference before filing disputes.</source>
        <translation>Kortti on varastettu: kirjoita rikosilmoituksen numero ennen reklamaatioiden tekemistä.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like a police report reference (4 to 40 letters and digits). Check it with the customer.</source>
        <translation>&quot;%1&quot; ei näytä rikosilmoituksen numerolta (4–40 kirjainta ja numeroa). Tarkista se asiakkaalta.</translation>
    </message>
    <message>
        <source>The dispute could not be filed: %1</source>
        <translation>Reklamaatiota ei voitu tehdä: %1</translation>
    </message>
    <message>
        <source>Dispute filed for %1 at %2.</source>
        <translation>Reklamaatio tehty: %1 (%2).</translation>
    </message>
    <message>
        <source>An answer holds a full card number. Card numbers are never stored: keep the last four digits at most, and save again.</source>
        <translation>Vastauksessa on koko kortinnumero. Kortinnumeroita ei koskaan tallenneta: jätä enintään neljä viimeistä numeroa ja tallenna uudelleen.</translation>
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
    <name>LocalInboxService</name>
    <message>
        <source>The conversation could not be read. Try again.</source>
        <translation>Keskustelua ei voitu lukea. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>Write a reply first.</source>
        <translation>Kirjoita ensin vastaus.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Kirjoita ensin muistiinpano.</translation>
    </message>
    <message>
        <source>The text is too long (%1 characters; at most %2). Shorten it or attach the details as a file.</source>
        <translation>Teksti on liian pitkä (%1 merkkiä; enintään %2). Lyhennä tekstiä tai liitä lisätiedot tiedostona.</translation>
    </message>
    <message>
        <source>This reply contains a full card number. Card numbers are never sent to customers: mask it (first six and last four digits at most) and send again. Nothing was sent.</source>
        <translation>Vastauksessa on kokonainen korttinumero. Korttinumeroita ei koskaan lähetetä asiakkaille: peitä numero (näkyviin enintään kuusi ensimmäistä ja neljä viimeistä numeroa) ja lähetä uudelleen. Mitään ei lähetetty.</translation>
    </message>
    <message>
        <source>This note contains a full card number. Card numbers are never stored: mask it (first six and last four digits at most) and save again.</source>
        <translation>Muistiinpanossa on kokonainen korttinumero. Korttinumeroita ei koskaan tallenneta: peitä numero (näkyviin enintään kuusi ensimmäistä ja neljä viimeistä numeroa) ja tallenna uudelleen.</translation>
    </message>
    <message>
        <source>An alert has no channel to the customer. Add a note, or call the customer and log the call.</source>
        <translation>Hälytyksellä ei ole kanavaa asiakkaaseen. Lisää muistiinpano tai soita asiakkaalle ja kirjaa puhelu.</translation>
    </message>
    <message>
        <source>A phone conversation has no written channel. Log the call, or add a note.</source>
        <translation>Puhelinkeskustelulla ei ole kirjallista kanavaa. Kirjaa puhelu tai lisää muistiinpano.</translation>
    </message>
    <message>
        <source>Reply queued for %1. This desk works without a channel gateway, so it stays queued and has not reached the customer yet.</source>
        <translation>Vastaus asiakkaalle %1 on jonossa. Tämä työpiste toimii ilman kanavayhdyskäytävää, joten vastaus jää jonoon eikä ole vielä tavoittanut asiakasta.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Muistiinpano lisätty.</translation>
    </message>
    <message>
        <source>Select at least one conversation.</source>
        <translation>Valitse vähintään yksi keskustelu.</translation>
    </message>
    <message>
        <source>At most 1000 conversations can be changed at once.</source>
        <translation>Kerralla voi muuttaa enintään 1000 keskustelua.</translation>
    </message>
    <message>
        <source>Only a supervisor can assign conversations to another agent. Assign them to yourself, or release them to a queue.</source>
        <translation>Vain esihenkilö voi osoittaa keskusteluja toiselle asiakaspalvelijalle. Ota ne itse käsittelyyn tai palauta ne jonoon.</translation>
    </message>
    <message>
        <source>Choose an agent or a queue.</source>
        <translation>Valitse asiakaspalvelija tai jono.</translation>
    </message>
    <message>
        <source>Moved to the %1 queue.</source>
        <translation>Siirretty jonoon %1.</translation>
    </message>
    <message>
        <source>Assigned to you.</source>
        <translation>Otettu käsittelyysi.</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>Osoitettu käsittelijälle %1.</translation>
    </message>
    <message>
        <source>Conversation %1 is assigned to %2. Only a supervisor can take it over; ask them, or ask %2 to release it.</source>
        <translation>Keskustelun %1 käsittelijä on %2. Vain esihenkilö voi siirtää sen toiselle; pyydä esihenkilöä tai pyydä käsittelijää %2 vapauttamaan se.</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Suljettu.</translation>
    </message>
    <message>
        <source>Marked resolved.</source>
        <translation>Merkitty ratkaistuksi.</translation>
    </message>
    <message>
        <source>Status changed.</source>
        <translation>Tila muutettu.</translation>
    </message>
    <message>
        <source>Priority changed.</source>
        <translation>Prioriteetti muutettu.</translation>
    </message>
    <message>
        <source>%1 is not a topic CardDesk knows.</source>
        <translation>%1 ei ole CardDeskin tuntema aihe.</translation>
    </message>
    <message>
        <source>Choose at least one topic.</source>
        <translation>Valitse vähintään yksi aihe.</translation>
    </message>
    <message>
        <source>Topics added.</source>
        <translation>Aiheet lisätty.</translation>
    </message>
    <message>
        <source>Say why the customer called.</source>
        <translation>Kerro, miksi asiakas soitti.</translation>
    </message>
    <message>
        <source>The call&apos;s duration must be between 0 seconds and 24 hours.</source>
        <translation>Puhelun keston on oltava 0 sekunnin ja 24 tunnin välillä.</translation>
    </message>
    <message>
        <source>The call notes are too long.</source>
        <translation>Puhelun muistiinpanot ovat liian pitkät.</translation>
    </message>
    <message>
        <source>The call notes contain a full card number. Card numbers are never stored: mask it (first six and last four digits at most) and save again.</source>
        <translation>Puhelun muistiinpanoissa on kokonainen korttinumero. Korttinumeroita ei koskaan tallenneta: peitä numero (näkyviin enintään kuusi ensimmäistä ja neljä viimeistä numeroa) ja tallenna uudelleen.</translation>
    </message>
    <message>
        <source>Choose the customer who called.</source>
        <translation>Valitse asiakas, joka soitti.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Asiakasta %1 ei löydy.</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Phone call (%1): %2</source>
        <translation>Puhelu (%1): %2</translation>
    </message>
    <message>
        <source>Call logged.</source>
        <translation>Puhelu kirjattu.</translation>
    </message>
    <message>
        <source>%1: there is no attachment folder; the database is not open.</source>
        <translation>%1: liitekansiota ei ole, koska tietokanta ei ole auki.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(ei aihetta)</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Tuntematon lähettäjä</translation>
    </message>
    <message>
        <source>There is no agent called %1. Nothing was assigned.</source>
        <translation>Asiakaspalvelijaa %1 ei ole. Mitään ei osoitettu.</translation>
    </message>
    <message>
        <source>This message was imported before; nothing was stored again.</source>
        <translation>Tämä viesti on tuotu aiemmin; mitään ei tallennettu uudelleen.</translation>
    </message>
    <message>
        <source>A written message needs a written channel: email, the app, chat or social.</source>
        <translation>Kirjallinen viesti vaatii kirjallisen kanavan: sähköposti, sovellus, chat tai sosiaalinen media.</translation>
    </message>
    <message>
        <source>Message queued. This desk works without a channel gateway, so it stays queued and has not reached the customer yet.</source>
        <translation>Viesti on jonossa. Tämä työpiste toimii ilman kanavayhdyskäytävää, joten viesti jää jonoon eikä ole vielä tavoittanut asiakasta.</translation>
    </message>
    <message>
        <source>The conversation database is not open.</source>
        <translation>Keskustelutietokanta ei ole auki.</translation>
    </message>
    <message>
        <source>Conversation %1 no longer exists. Refresh the inbox.</source>
        <translation>Keskustelua %1 ei enää ole. Päivitä saapuneet.</translation>
    </message>
    <message>
        <source>The change could not be saved, and nothing was changed. Try again.</source>
        <translation>Muutosta ei voitu tallentaa, eikä mitään muutettu. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>A satisfaction survey went to the customer.</source>
        <translation>Asiakkaalle lähetettiin tyytyväisyyskysely.</translation>
    </message>
    <message numerus="yes">
        <source>Satisfaction surveys went to %n customer(s).</source>
        <translation>
            <numerusform>Tyytyväisyyskysely lähetettiin %n asiakkaalle.</numerusform>
            <numerusform>Tyytyväisyyskysely lähetettiin %n asiakkaalle.</numerusform>
        </translation>
    </message>
    <message>
        <source>No satisfaction survey was due.</source>
        <translation>Tyytyväisyyskyselyä ei ollut lähetettävänä.</translation>
    </message>
    <message>
        <source>A satisfaction score is a whole number from 1 (very dissatisfied) to 5 (very satisfied).</source>
        <translation>Tyytyväisyysarvion on oltava kokonaisluku 1 (erittäin tyytymätön) – 5 (erittäin tyytyväinen).</translation>
    </message>
    <message>
        <source>Conversation %1 already has its satisfaction answer (%2 of 5, recorded %3). A survey is answered once; nothing was changed.</source>
        <translation>Keskustelulla %1 on jo tyytyväisyysvastaus (%2/5, kirjattu %3). Kyselyyn vastataan vain kerran; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Satisfaction answer (%1 of 5) queued for the server.</source>
        <translation>Tyytyväisyysvastaus (%1/5) on jonossa palvelimelle lähetettäväksi.</translation>
    </message>
    <message>
        <source>No satisfaction survey went out for conversation %1, so there is no answer to record. A survey goes out when an open conversation is resolved.</source>
        <translation>Keskustelusta %1 ei lähetetty tyytyväisyyskyselyä, joten kirjattavaa vastausta ei ole. Kysely lähetetään, kun avoin keskustelu ratkaistaan.</translation>
    </message>
    <message>
        <source>Satisfaction answer recorded: %1 of 5.</source>
        <translation>Tyytyväisyysvastaus kirjattu: %1/5.</translation>
    </message>
</context>
<context>
    <name>LocalSupervisionService</name>
    <message>
        <source>The supervision figures are for supervisors. Ask a supervisor if you need to know how the queues are doing.</source>
        <translation>Seurannan luvut ovat vain esihenkilöille. Kysy esihenkilöltä, jos tarvitset tietoa jonojen tilanteesta.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Tietokanta ei ole auki.</translation>
    </message>
    <message>
        <source>The figures could not be read. Try again; if it keeps failing, tell IT support.</source>
        <translation>Lukuja ei voitu hakea. Yritä uudelleen; jos virhe toistuu, ota yhteys IT-tukeen.</translation>
    </message>
    <message>
        <source>Choose a period whose first day is not after its last day.</source>
        <translation>Valitse jakso, jonka ensimmäinen päivä ei ole viimeisen päivän jälkeen.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Kirjaudu ensin sisään.</translation>
    </message>
    <message>
        <source>Your presence could not be saved, and nothing was changed. Try again.</source>
        <translation>Tavoitettavuustilaasi ei voitu tallentaa, eikä mitään muutettu. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>There is no agent called %1 in this database.</source>
        <translation>Tässä tietokannassa ei ole asiakaspalvelijaa nimeltä %1.</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <source>%1 is locked since %2. No new purchases can go through.</source>
        <translation>Kortti %1 on ollut lukittuna %2 lähtien. Uudet ostot eivät mene läpi.</translation>
    </message>
    <message>
        <source>The card is locked</source>
        <translation>Kortti on lukittu</translation>
    </message>
    <message>
        <source>Now find out what was spent since the customer last had the card for sure.</source>
        <translation>Selvitä nyt, mitä kortilla on käytetty sen jälkeen, kun se oli viimeksi varmasti asiakkaalla.</translation>
    </message>
    <message>
        <source>Last &amp;certain use</source>
        <translation>Viimeisin &amp;varma käyttö</translation>
    </message>
    <message>
        <source>When the customer last used the card or saw it themselves. Everything after that is reviewed on the next page.</source>
        <translation>Milloin asiakas viimeksi käytti korttia tai näki sen itse. Kaikki sen jälkeinen käydään läpi seuraavalla sivulla.</translation>
    </message>
</context>
<context>
    <name>LogCallDialog</name>
    <message>
        <source>Log Call</source>
        <translation>Kirjaa puhelu</translation>
    </message>
    <message>
        <source>No customer chosen</source>
        <translation>Asiakasta ei ole valittu</translation>
    </message>
    <message>
        <source>Find another customer: name, number or phone</source>
        <translation>Hae toinen asiakas: nimi, numero tai puhelin</translation>
    </message>
    <message>
        <source>What the customer wanted and what was agreed</source>
        <translation>Mitä asiakas halusi ja mitä sovittiin</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Asiakas:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Syy:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Muistiinpanot:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Kesto:</translation>
    </message>
    <message>
        <source>No customer matches</source>
        <translation>Ei vastaavia asiakkaita</translation>
    </message>
    <message>
        <source>Choose the customer…</source>
        <translation>Valitse asiakas…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1:%2 (running since this window opened)</source>
        <translation>%1:%2 (käynnissä tämän ikkunan avaamisesta asti)</translation>
    </message>
    <message>
        <source>Choose the customer who called.</source>
        <translation>Valitse asiakas, joka soitti.</translation>
    </message>
    <message>
        <source>The call was not logged.</source>
        <translation>Puhelua ei kirjattu.</translation>
    </message>
</context>
<context>
    <name>LostCardWizard</name>
    <message>
        <source>Not made or allowed by the customer</source>
        <translation>Asiakas ei tehnyt eikä sallinut ostoa</translation>
    </message>
    <message>
        <source>Charged twice</source>
        <translation>Veloitettu kahdesti</translation>
    </message>
    <message>
        <source>Amount differs from the receipt</source>
        <translation>Summa poikkeaa kuitista</translation>
    </message>
    <message>
        <source>Goods or service not received</source>
        <translation>Tavaraa tai palvelua ei saatu</translation>
    </message>
    <message>
        <source>Subscription already cancelled</source>
        <translation>Tilaus jo irtisanottu</translation>
    </message>
    <message>
        <source>The customer could not be found.</source>
        <translation>Asiakasta ei löytynyt.</translation>
    </message>
    <message>
        <source>The workflow has not started yet.</source>
        <translation>Työnkulku ei ole vielä alkanut.</translation>
    </message>
    <message>
        <source>The card %1 stays locked. The workflow is saved; you or a colleague can resume it from the customer view.</source>
        <translation>Kortti %1 pysyy lukittuna. Työnkulku on tallennettu; sinä tai kollega voitte jatkaa sitä asiakasnäkymästä.</translation>
    </message>
    <message>
        <source>The workflow is saved; you or a colleague can resume it from the customer view.</source>
        <translation>Työnkulku on tallennettu; sinä tai kollega voitte jatkaa sitä asiakasnäkymästä.</translation>
    </message>
    <message>
        <source>Lost, stolen or damaged card</source>
        <translation>Kadonnut, varastettu tai vioittunut kortti</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Jatka</translation>
    </message>
</context>
<context>
    <name>MacroCatalog</name>
    <message>
        <source>Cannot open the macro file %1: %2</source>
        <translation>Vastauspohjatiedostoa %1 ei voi avata: %2</translation>
    </message>
    <message>
        <source>The macro file %1 is too large.</source>
        <translation>Vastauspohjatiedosto %1 on liian suuri.</translation>
    </message>
    <message>
        <source>The macro file %1 is not valid JSON: %2 at offset %3</source>
        <translation>Vastauspohjatiedosto %1 ei ole kelvollista JSONia: %2 kohdassa %3</translation>
    </message>
    <message>
        <source>The macro file %1 has no &quot;macros&quot; list.</source>
        <translation>Vastauspohjatiedostossa %1 ei ole &quot;macros&quot;-luetteloa.</translation>
    </message>
    <message>
        <source>Macro number %1 is not an object.</source>
        <translation>Vastauspohja numero %1 ei ole objekti.</translation>
    </message>
    <message>
        <source>Macro number %1 has no id.</source>
        <translation>Vastauspohjalla numero %1 ei ole tunnistetta.</translation>
    </message>
    <message>
        <source>The macro id &quot;%1&quot; appears twice.</source>
        <translation>Vastauspohjan tunniste &quot;%1&quot; esiintyy kahdesti.</translation>
    </message>
    <message>
        <source>The macro &quot;%1&quot; has no valid titles.</source>
        <translation>Vastauspohjalla &quot;%1&quot; ei ole kelvollisia otsikoita.</translation>
    </message>
    <message>
        <source>The macro &quot;%1&quot; has no valid bodies.</source>
        <translation>Vastauspohjalla &quot;%1&quot; ei ole kelvollisia tekstejä.</translation>
    </message>
    <message>
        <source>The macro &quot;%1&quot; has no English title or body.</source>
        <translation>Vastauspohjalta &quot;%1&quot; puuttuu englanninkielinen otsikko tai teksti.</translation>
    </message>
    <message>
        <source>The topics of macro &quot;%1&quot; are not a list.</source>
        <translation>Vastauspohjan &quot;%1&quot; aiheet eivät ole luettelo.</translation>
    </message>
    <message>
        <source>The macro &quot;%1&quot; has an invalid topic.</source>
        <translation>Vastauspohjalla &quot;%1&quot; on virheellinen aihe.</translation>
    </message>
    <message>
        <source>The macro shortcut &quot;%1&quot; appears twice.</source>
        <translation>Vastauspohjan pikakoodi &quot;%1&quot; esiintyy kahdesti.</translation>
    </message>
</context>
<context>
    <name>MacroPicker</name>
    <message>
        <source>Insert a Macro</source>
        <translation>Lisää vastauspohja</translation>
    </message>
    <message>
        <source>Type to filter macros…</source>
        <translation>Suodata vastauspohjia kirjoittamalla…</translation>
    </message>
    <message>
        <source>No macro matches.</source>
        <translation>Ei vastaavia vastauspohjia.</translation>
    </message>
    <message>
        <source>Enter inserts the macro in the customer&apos;s language (%1). Esc closes.</source>
        <translation>Enter lisää vastauspohjan asiakkaan kielellä (%1). Esc sulkee.</translation>
    </message>
    <message>
        <source>%1  (/%2)</source>
        <comment>macro title and its shortcut</comment>
        <translation>%1  (/%2)</translation>
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
    <message>
        <source>&amp;Lost or Stolen Card…</source>
        <translation>&amp;Kadonnut tai varastettu kortti…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>T&amp;yökalut</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>&amp;Tarkastusloki…</translation>
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
    <name>OutboxSender</name>
    <message>
        <source>Not sent</source>
        <translation>Ei lähetetty</translation>
    </message>
    <message>
        <source>This was about a conversation or card created on this computer that the server never took (its refusal is listed before this one). Nothing was sent; do it again on the server&apos;s copy.</source>
        <translation>Tämä koski tällä koneella luotua keskustelua tai korttia, jota palvelin ei koskaan ottanut vastaan (sen hylkäys on listassa ennen tätä). Mitään ei lähetetty; tee toimenpide uudelleen palvelimen versiolle.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>The queue board could not be read.</source>
        <translation>Jonotilannetta ei voitu hakea.</translation>
    </message>
    <message>
        <source>The agents&apos; figures could not be read.</source>
        <translation>Asiakaspalvelijoiden lukuja ei voitu hakea.</translation>
    </message>
    <message>
        <source>The charts&apos; figures could not be computed.</source>
        <translation>Kaavioiden lukuja ei voitu laskea.</translation>
    </message>
    <message>
        <source>Conversations per channel</source>
        <translation>Keskustelut kanavittain</translation>
    </message>
    <message>
        <source>First response against the SLA target</source>
        <translation>Ensivastaus suhteessa SLA-tavoitteeseen</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT) per week</source>
        <translation>CSAT viikoittain</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <source>No open conversations</source>
        <translation>Ei avoimia keskusteluja</translation>
    </message>
    <message>
        <source>Double-click a figure for its conversations</source>
        <translation>Kaksoisnapsauta lukua nähdäksesi sen keskustelut</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln available</source>
        <comment>agents</comment>
        <translation>
            <numerusform>%1 / %Ln tavoitettavissa</numerusform>
            <numerusform>%1 / %Ln tavoitettavissa</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>Lasketaan: %1…</translation>
    </message>
    <message>
        <source>%1 · computed %2</source>
        <translation>%1 · laskettu klo %2</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Jonot</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Asiakaspalvelijat</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>Viimeiset %1 päivää</translation>
    </message>
    <message>
        <source>Double-click a figure to list its conversations on the Queues page</source>
        <translation>Kaksoisnapsauta lukua nähdäksesi sen keskustelut Jonot-sivulla</translation>
    </message>
    <message>
        <source>Double-click an agent for their open conversations on the Agents page</source>
        <translation>Kaksoisnapsauta asiakaspalvelijaa nähdäksesi hänen avoimet keskustelunsa Asiakaspalvelijat-sivulla</translation>
    </message>
</context>
<context>
    <name>PolicePage</name>
    <message>
        <source>A reference has 4 to 40 letters, digits, spaces, / - or . and at least one digit. Check it with the customer.</source>
        <translation>Rikosilmoituksen numerossa on 4–40 merkkiä (kirjaimia, numeroita, välilyöntejä tai merkkejä / - .) ja vähintään yksi numero. Tarkista se asiakkaalta.</translation>
    </message>
    <message>
        <source>Required: the card was stolen and purchases are disputed. Ask for the reference of the customer&apos;s police report.</source>
        <translation>Pakollinen: kortti on varastettu ja ostoista tehdään reklamaatio. Kysy asiakkaalta rikosilmoituksen numero.</translation>
    </message>
    <message>
        <source>Optional: if the customer has reported it to the police, note the reference.</source>
        <translation>Vapaaehtoinen: jos asiakas on tehnyt rikosilmoituksen, kirjaa sen numero.</translation>
    </message>
    <message>
        <source>Filed: %1</source>
        <translation>Reklamoitu: %1</translation>
    </message>
    <message>
        <source>To file: %1 (%2)</source>
        <translation>Reklamoitava: %1 (%2)</translation>
    </message>
    <message>
        <source>No disputes to file.</source>
        <translation>Ei reklamoitavia ostoja.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Jatka</translation>
    </message>
    <message>
        <source>&amp;File disputes</source>
        <translation>&amp;Tee reklamaatiot</translation>
    </message>
    <message>
        <source>Dispute filed: %1</source>
        <translation>Reklamaatio tehty: %1</translation>
    </message>
    <message>
        <source>Police report</source>
        <translation>Rikosilmoitus</translation>
    </message>
    <message>
        <source>The disputes are filed when you continue.</source>
        <translation>Reklamaatiot tehdään, kun jatkat.</translation>
    </message>
    <message>
        <source>Police &amp;reference</source>
        <translation>Rikosilmoituksen &amp;numero</translation>
    </message>
    <message>
        <source>e.g. 5500/R/12345/26</source>
        <translation>esim. 5500/R/12345/26</translation>
    </message>
</context>
<context>
    <name>PresenceButton</name>
    <message>
        <source>Your presence, as supervisors see it. Click to change it.</source>
        <translation>Tavoitettavuutesi, sellaisena kuin esihenkilöt sen näkevät. Vaihda napsauttamalla.</translation>
    </message>
    <message>
        <source>Presence: %1</source>
        <translation>Tavoitettavuus: %1</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Tavoitettavuus</translation>
    </message>
</context>
<context>
    <name>QueueBoardModel</name>
    <message>
        <source>All queues</source>
        <translation>Kaikki jonot</translation>
    </message>
    <message>
        <source>all queues</source>
        <translation>kaikki jonot</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>queue, channel</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 in %2. Double-click or press Enter to list them.</source>
        <translation>%1: %2. Näytä keskustelut kaksoisnapsauttamalla tai painamalla Enteriä.</translation>
    </message>
    <message>
        <source>Oldest waiting (minutes)</source>
        <translation>Pisin odotus (minuuttia)</translation>
    </message>
    <message>
        <source>New, or not assigned to anyone yet</source>
        <translation>Uudet tai vielä ilman käsittelijää</translation>
    </message>
    <message>
        <source>Assigned to an agent, open or on hold</source>
        <translation>Osoitettu asiakaspalvelijalle, avoin tai pidossa</translation>
    </message>
    <message>
        <source>Waiting for the customer&apos;s answer</source>
        <translation>Odottaa asiakkaan vastausta</translation>
    </message>
    <message>
        <source>How long the oldest waiting conversation has waited</source>
        <translation>Kauimmin odottaneen keskustelun odotusaika</translation>
    </message>
    <message>
        <source>The SLA deadline that applies now falls within the next hour</source>
        <translation>Voimassa oleva SLA-määräaika umpeutuu seuraavan tunnin aikana</translation>
    </message>
    <message>
        <source>The SLA deadline that applies now has passed</source>
        <translation>Voimassa oleva SLA-määräaika on ylittynyt</translation>
    </message>
    <message>
        <source>Waiting, in progress and pending customer together</source>
        <translation>Jonossa, käsittelyssä ja asiakasta odottavat yhteensä</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Jono</translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation>Pisin odotus</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Kaikki kanavat</translation>
    </message>
</context>
<context>
    <name>QueueBoardPage</name>
    <message>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <source>The queue board could not be read.</source>
        <translation>Jonotilannetta ei voitu hakea.</translation>
    </message>
    <message>
        <source>No open conversations</source>
        <translation>Ei avoimia keskusteluja</translation>
    </message>
    <message>
        <source>Double-click a figure for its conversations</source>
        <translation>Kaksoisnapsauta lukua nähdäksesi sen keskustelut</translation>
    </message>
    <message>
        <source>%1 in progress · %2 pending</source>
        <translation>%1 käsittelyssä · %2 odottaa asiakasta</translation>
    </message>
    <message>
        <source>New or not assigned</source>
        <translation>Uudet tai ilman käsittelijää</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>queue, channel</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation>Ei odottavia</translation>
    </message>
    <message>
        <source>Deadline within the hour</source>
        <translation>Määräaika tunnin sisällä</translation>
    </message>
    <message>
        <source>%1 of open conversations</source>
        <translation>%1 avoimista keskusteluista</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Keskustelut</translation>
    </message>
    <message>
        <source>Double-click a figure, or select it and press Enter, to list the conversations behind it.</source>
        <translation>Kaksoisnapsauta lukua tai valitse se ja paina Enteriä, niin näet keskustelut, joista luku koostuu.</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Kaikki jonot</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>figure · where</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>None now. The figures have moved since the board was read.</source>
        <translation>Ei yhtään juuri nyt. Luvut ovat muuttuneet sen jälkeen, kun jonotilanne haettiin.</translation>
    </message>
    <message>
        <source>%1 shown, more as you scroll</source>
        <translation>%1 näkyvissä, lisää vierittämällä</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln keskustelu</numerusform>
            <numerusform>%Ln keskustelua</numerusform>
        </translation>
    </message>
    <message>
        <source>Open conversations</source>
        <translation>Avoimet keskustelut</translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation>Pisin odotus</translation>
    </message>
    <message>
        <source>Breached SLA</source>
        <translation>SLA ylitetty</translation>
    </message>
    <message>
        <source>Queues by channel</source>
        <translation>Jonot kanavittain</translation>
    </message>
    <message>
        <source>Queue board</source>
        <translation>Jonotilanne</translation>
    </message>
    <message>
        <source>Conversations behind the figure</source>
        <translation>Luvun keskustelut</translation>
    </message>
</context>
<context>
    <name>RemoteAuditService</name>
    <message>
        <source>The audit log is on the server; it cannot be read while offline. Try again when the status bar says online.</source>
        <translation>Tarkastusloki on palvelimella, eikä sitä voi lukea ilman yhteyttä. Yritä uudelleen, kun tilarivillä lukee Yhteys.</translation>
    </message>
    <message>
        <source>The server refused to read the audit log: %1</source>
        <translation>Palvelin kieltäytyi lukemasta tarkastuslokia: %1</translation>
    </message>
    <message>
        <source>The server could not read the audit log. Try again; if it keeps failing, tell IT support.</source>
        <translation>Palvelin ei pystynyt lukemaan tarkastuslokia. Yritä uudelleen; jos ongelma jatkuu, ota yhteyttä IT-tukeen.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Asiakasta %1 ei ole.</translation>
    </message>
    <message>
        <source>There is no card #%1.</source>
        <translation>Korttia #%1 ei ole.</translation>
    </message>
    <message>
        <source>On the server, a card&apos;s last four digits are looked up among one customer&apos;s cards: enter the customer number too, or the card&apos;s id, such as #45.</source>
        <translation>Palvelimella kortin neljää viimeistä numeroa haetaan yhden asiakkaan korteista: anna myös asiakasnumero tai kortin tunnus, esimerkiksi #45.</translation>
    </message>
    <message>
        <source>Customer %1 has no card ending in %2.</source>
        <translation>Asiakkaalla %1 ei ole korttia, jonka numero päättyy %2.</translation>
    </message>
</context>
<context>
    <name>RemoteBackend</name>
    <message>
        <source>The certificate authorities in %1 could not be used: %2</source>
        <translation>Varmenteiden myöntäjiä tiedostossa %1 ei voitu käyttää: %2</translation>
    </message>
    <message>
        <source>The cache %1 belongs to the server %2, not %3. Start with another data folder, or delete the cache file.</source>
        <translation>Välimuisti %1 kuuluu palvelimelle %2, ei palvelimelle %3. Käynnistä toisella datakansiolla tai poista välimuistitiedosto.</translation>
    </message>
    <message>
        <source>The cache could not be prepared: %1</source>
        <translation>Välimuistia ei voitu valmistella: %1</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation>Palvelin ei hyväksynyt käyttäjätunnusta tai salasanaa.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached (%2). Check the address and the network.</source>
        <translation>Palvelimeen %1 ei saada yhteyttä (%2). Tarkista osoite ja verkko.</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Kirjautuminen epäonnistui: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the sign-in could not be read: %1</source>
        <translation>Palvelimen vastausta kirjautumiseen ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>Palvelin hylkäsi toiminnon %1: %2</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Yhdistetty: %1</translation>
    </message>
    <message>
        <source>The server did not accept the password.</source>
        <translation>Palvelin ei hyväksynyt salasanaa.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). Your work waits on this computer; sign in again when the connection is back.</source>
        <translation>Palvelimeen ei saada yhteyttä (%1). Työsi odottaa tällä tietokoneella; kirjaudu uudelleen, kun yhteys palaa.</translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Sign in with your password.</source>
        <translation>Istuntosi palvelimella %1 on päättynyt. Kirjaudu salasanallasi.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached (%2), and %3 has not signed in on this computer before, so there is nothing to work on offline. Check the network and start again.</source>
        <translation>Palvelinta %1 ei tavoiteta (%2), eikä %3 ole kirjautunut tällä tietokoneella aiemmin, joten offline-tilassa ei ole mitään käsiteltävää. Tarkista verkkoyhteys ja käynnistä uudelleen.</translation>
    </message>
    <message>
        <source>The desk&apos;s history is being read from the server. Until it is in, figures from before this console&apos;s first sign-in may be incomplete; they fill in by themselves.</source>
        <translation>Palvelimelta luetaan parhaillaan tiimin aiempia tietoja. Siihen asti luvut ajalta ennen tämän konsolin ensimmäistä kirjautumista voivat olla vajaita; ne täydentyvät itsestään.</translation>
    </message>
    <message>
        <source>The desk&apos;s history could not be read from the server yet, so figures from before this console&apos;s first sign-in may be incomplete. It is read again when the server can be reached.</source>
        <translation>Tiimin aiempia tietoja ei vielä saatu luettua palvelimelta, joten luvut ajalta ennen tämän konsolin ensimmäistä kirjautumista voivat olla vajaita. Tiedot luetaan uudelleen, kun palvelimeen saadaan yhteys.</translation>
    </message>
</context>
<context>
    <name>RemoteCardService</name>
    <message>
        <source>The server could not be asked for all of this card&apos;s transactions: these are the ones this computer has, and some may be missing. Look again when the status bar says online.</source>
        <translation>Palvelimelta ei voitu hakea kaikkia tämän kortin tapahtumia: nämä ovat tällä tietokoneella olevat, ja osa voi puuttua. Tarkista uudelleen, kun tilarivillä lukee Yhteys.</translation>
    </message>
</context>
<context>
    <name>RemoteCustomerService</name>
    <message>
        <source>The server refused the search: %1</source>
        <translation>Palvelin hylkäsi haun: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached: these results are from this computer&apos;s copy and may be out of date.</source>
        <translation>Palvelimeen ei saada yhteyttä: nämä tulokset ovat tämän tietokoneen kopiosta ja voivat olla vanhentuneita.</translation>
    </message>
    <message>
        <source>There is no such customer on the server.</source>
        <translation>Palvelimella ei ole tällaista asiakasta.</translation>
    </message>
    <message>
        <source>The server cannot be reached and this customer has not been opened on this computer before.</source>
        <translation>Palvelimeen ei saada yhteyttä, eikä tätä asiakasta ole avattu tällä tietokoneella aiemmin.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Palvelimen vastausta ei voitu lukea.</translation>
    </message>
    <message>
        <source>Say why you need to see the identity number; the reason is recorded in the audit log.</source>
        <translation>Kerro, miksi tarvitset henkilötunnuksen; syy tallentuu lokiin.</translation>
    </message>
    <message>
        <source>This reveal was recorded in the server&apos;s audit log.</source>
        <translation>Tämä näyttäminen tallentui palvelimen lokiin.</translation>
    </message>
    <message>
        <source>The server&apos;s answer held no identity number.</source>
        <translation>Palvelimen vastauksessa ei ollut henkilötunnusta.</translation>
    </message>
    <message>
        <source>The server refused to show the identity number: %1</source>
        <translation>Palvelin kieltäytyi näyttämästä henkilötunnusta: %1</translation>
    </message>
    <message>
        <source>The full identity number is kept on the server only, which cannot be reached now. Try again when the status bar says online.</source>
        <translation>Koko henkilötunnus on vain palvelimella, johon ei nyt saada yhteyttä. Yritä uudelleen, kun tilarivillä lukee Yhteys.</translation>
    </message>
</context>
<context>
    <name>RemoteInboxService</name>
    <message>
        <source>This conversation is not on this computer and the server cannot be reached. Try again when the connection is back.</source>
        <translation>Tämä keskustelu ei ole tällä tietokoneella, eikä palvelimeen saada yhteyttä. Yritä uudelleen, kun yhteys palaa.</translation>
    </message>
    <message>
        <source>%1: in remote mode e-mail is imported on the server, not in the console.</source>
        <translation>%1: etätilassa sähköpostit tuodaan palvelimella, ei konsolissa.</translation>
    </message>
</context>
<context>
    <name>ReplacementPage</name>
    <message>
        <source>A new card with a new number. %1 is closed for good when you order it.</source>
        <translation>Uusi kortti uudella numerolla. Kortti %1 suljetaan pysyvästi, kun tilaat uuden.</translation>
    </message>
    <message>
        <source>A new card with the same number. %1 keeps working until the new one is activated.</source>
        <translation>Uusi kortti samalla numerolla. Kortti %1 toimii, kunnes uusi aktivoidaan.</translation>
    </message>
    <message>
        <source>Registered address: %1
Phone: %2
Email: %3</source>
        <translation>Rekisteröity osoite: %1
Puhelin: %2
Sähköposti: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei ole</translation>
    </message>
    <message>
        <source>⚠ A card sent to this address did not arrive (%1). Confirm the address, or choose a pickup point.</source>
        <translation>⚠ Tähän osoitteeseen lähetetty kortti ei tullut perille (%1). Vahvista osoite tai valitse noutopiste.</translation>
    </message>
    <message>
        <source>✓ The customer is strongly verified.</source>
        <translation>✓ Asiakas on tunnistettu vahvasti.</translation>
    </message>
    <message>
        <source>Another address than the registered one needs strong verification: verify the customer with bank ID or in the app.</source>
        <translation>Muu kuin rekisteröity osoite vaatii vahvan tunnistuksen: tunnista asiakas pankkitunnuksilla tai sovelluksessa.</translation>
    </message>
    <message>
        <source>&amp;Order replacement</source>
        <translation>&amp;Tilaa korvaava kortti</translation>
    </message>
    <message>
        <source>&amp;Close the card</source>
        <translation>&amp;Sulje kortti</translation>
    </message>
    <message>
        <source>Verification failed: send the card to the registered address, or verify again.</source>
        <translation>Tunnistus epäonnistui: lähetä kortti rekisteröityyn osoitteeseen tai tunnista asiakas uudelleen.</translation>
    </message>
    <message>
        <source>The card could not be read again.</source>
        <translation>Korttia ei voitu lukea uudelleen.</translation>
    </message>
    <message>
        <source>closed without a replacement</source>
        <translation>suljettu ilman korvaavaa korttia</translation>
    </message>
    <message>
        <source>Replacement card</source>
        <translation>Korvaava kortti</translation>
    </message>
    <message>
        <source>How the new card travels, and its PIN.</source>
        <translation>Miten uusi kortti toimitetaan, ja sen PIN-koodi.</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Toimitus</translation>
    </message>
    <message>
        <source>By &amp;post to the registered address (5 business days)</source>
        <translation>Postitse &amp;rekisteröityyn osoitteeseen (5 arkipäivää)</translation>
    </message>
    <message>
        <source>To a p&amp;ickup point</source>
        <translation>&amp;Noutopisteeseen</translation>
    </message>
    <message>
        <source>E&amp;xpedited by courier to the registered address (2 business days)</source>
        <translation>Pikatoimitus &amp;kuriirilla rekisteröityyn osoitteeseen (2 arkipäivää)</translation>
    </message>
    <message>
        <source>No replacement: close the card only</source>
        <translation>Ei korvaavaa korttia: sulje vain kortti</translation>
    </message>
    <message>
        <source>Verified with &amp;bank ID</source>
        <translation>Tunnistettu p&amp;ankkitunnuksilla</translation>
    </message>
    <message>
        <source>Confirmed in the &amp;app</source>
        <translation>&amp;Vahvistettu sovelluksessa</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>Tunnistus epäonnistui</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-koodi</translation>
    </message>
    <message>
        <source>&amp;Keep the current PIN</source>
        <translation>&amp;Pidä nykyinen PIN-koodi</translation>
    </message>
    <message>
        <source>&amp;New PIN, sent by letter separately</source>
        <translation>&amp;Uusi PIN-koodi, erikseen kirjeenä</translation>
    </message>
    <message>
        <source>Address, phone and email &amp;confirmed with the customer (changes need strong verification: edit them in the customer view)</source>
        <translation>&amp;Osoite, puhelin ja sähköposti tarkistettu asiakkaalta (muutokset vaativat vahvan tunnistuksen: muokkaa niitä asiakasnäkymässä)</translation>
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
    <name>ReviewPage</name>
    <message>
        <source>Since %1. Ask about each one: press R if the customer recognises it, N if not. Purchases the customer does not recognise are disputed.</source>
        <translation>%1 alkaen. Kysy jokaisesta: paina R, jos asiakas tunnistaa tapahtuman, ja N, jos ei. Ostoista, joita asiakas ei tunnista, tehdään reklamaatio.</translation>
    </message>
    <message>
        <source>The transactions could not be read: %1</source>
        <translation>Tapahtumia ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>No transactions since then.</source>
        <translation>Ei tapahtumia sen jälkeen.</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Reklamoitu</translation>
    </message>
    <message>
        <source>✓ Recognised</source>
        <translation>✓ Tunnistettu</translation>
    </message>
    <message>
        <source>✕ Not recognised</source>
        <translation>✕ Ei tunnistettu</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Kysy</translation>
    </message>
    <message>
        <source>Dispute: %1</source>
        <translation>Reklamaatio: %1</translation>
    </message>
    <message>
        <source>Disputes of purchases the customer did not make</source>
        <translation>Reklamaatiot ostoista, joita asiakas ei tehnyt</translation>
    </message>
    <message>
        <source>Review what was spent</source>
        <translation>Käy läpi kortin käyttö</translation>
    </message>
    <message>
        <source>Every transaction since the last certain use, newest first.</source>
        <translation>Kaikki tapahtumat viimeisimmän varman käytön jälkeen, uusimmat ensin.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
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
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Customer says</source>
        <translation>Asiakkaan mukaan</translation>
    </message>
    <message>
        <source>Recognised (R)</source>
        <translation>Tunnistettu (R)</translation>
    </message>
    <message>
        <source>Not recognised (N)</source>
        <translation>Ei tunnistettu (N)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Syy</translation>
    </message>
    <message>
        <source>The customer &amp;declares they neither made nor allowed the purchases marked not recognised</source>
        <translation>Asiakas &amp;vakuuttaa, ettei ole tehnyt eikä sallinut tunnistamattomiksi merkittyjä ostoja</translation>
    </message>
    <message>
        <source>Receipt: </source>
        <translation>Kuitti: </translation>
    </message>
    <message>
        <source>When it should have arrived</source>
        <translation>Milloin sen olisi pitänyt saapua</translation>
    </message>
    <message>
        <source>The customer has contacted the merchant</source>
        <translation>Asiakas on ottanut yhteyttä kauppiaaseen</translation>
    </message>
    <message>
        <source>When the customer cancelled</source>
        <translation>Milloin asiakas irtisanoi tilauksen</translation>
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
    <message>
        <source>This backend has no inbox.</source>
        <translation>Tällä taustajärjestelmällä ei ole saapuneiden näkymää.</translation>
    </message>
    <message>
        <source>The audit log is for supervisors. Sign in as one, for example with --agent riikka.nurmi (a demo supervisor).</source>
        <translation>Tarkastusloki on vain esihenkilöille. Kirjaudu esihenkilönä, esimerkiksi valitsimella --agent riikka.nurmi (esittelyn esihenkilö).</translation>
    </message>
    <message>
        <source>The audit log did not open.</source>
        <translation>Tarkastusloki ei auennut.</translation>
    </message>
    <message>
        <source>The card workflow did not open.</source>
        <translation>Kortin työnkulku ei auennut.</translation>
    </message>
    <message>
        <source>The card workflow closed before it was captured.</source>
        <translation>Kortin työnkulku sulkeutui ennen kuvaamista.</translation>
    </message>
    <message>
        <source>The replacement page is not as expected.</source>
        <translation>Korvaavan kortin sivu ei ole odotetunlainen.</translation>
    </message>
    <message>
        <source>The supervision workspace is for supervisors. Sign in as one, for example with --agent riikka.nurmi (a demo supervisor).</source>
        <translation>Seurantanäkymä on vain esihenkilöille. Kirjaudu esihenkilönä, esimerkiksi valitsimella --agent riikka.nurmi (esittelyn esihenkilö).</translation>
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
    <message>
        <source>Lost, stolen or damaged card: the guided workflow for the customer on screen</source>
        <translation>Kadonnut, varastettu tai vioittunut kortti: ohjattu työnkulku näytöllä olevalle asiakkaalle</translation>
    </message>
    <message>
        <source>R / N</source>
        <translation>R / N</translation>
    </message>
    <message>
        <source>In the workflow&apos;s review: the customer recognises the transaction, or not</source>
        <translation>Työnkulun tapahtumien läpikäynnissä: asiakas tunnistaa tapahtuman tai ei</translation>
    </message>
    <message>
        <source>Inbox: show or hide the customer panel</source>
        <translation>Saapuneet: näytä tai piilota asiakaspaneeli</translation>
    </message>
</context>
<context>
    <name>SituationPage</name>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>masked number · product · status</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Card identified — &amp;lock now</source>
        <translation>Kortti tunnistettu — &amp;lukitse nyt</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Jatka</translation>
    </message>
    <message>
        <source>Ask which card, and what happened. The card is locked as soon as you continue: identifying the card is enough for a protective lock.</source>
        <translation>Kysy, mistä kortista on kyse ja mitä tapahtui. Kortti lukitaan heti, kun jatkat: suojaavaan lukitukseen riittää, että kortti on tunnistettu.</translation>
    </message>
    <message>
        <source>A damaged card keeps working until its replacement is activated; nothing is locked.</source>
        <translation>Vioittunut kortti toimii, kunnes korvaava kortti aktivoidaan; mitään ei lukita.</translation>
    </message>
    <message>
        <source>Someone else may have the card&apos;s details. The card is locked now and replaced with a new number.</source>
        <translation>Kortin tiedot voivat olla jonkun muun hallussa. Kortti lukitaan nyt ja korvataan uudella numerolla.</translation>
    </message>
    <message>
        <source>The card is locked as soon as you continue. A lock can be lifted if the card turns up.</source>
        <translation>Kortti lukitaan heti, kun jatkat. Lukitus voidaan poistaa, jos kortti löytyy.</translation>
    </message>
    <message>
        <source>The card %1 was already locked; it stays locked.</source>
        <translation>Kortti %1 oli jo lukittu; se pysyy lukittuna.</translation>
    </message>
    <message>
        <source>The card is NOT locked: %1</source>
        <translation>Korttia EI ole lukittu: %1</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Mitä tapahtui?</translation>
    </message>
    <message>
        <source>Lock the card first; everything else can follow.</source>
        <translation>Lukitse kortti ensin; kaikki muu voi odottaa.</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Kortti</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Mitä tapahtui</translation>
    </message>
    <message>
        <source>&amp;Lost</source>
        <translation>K&amp;adonnut</translation>
    </message>
    <message>
        <source>&amp;Stolen</source>
        <translation>&amp;Varastettu</translation>
    </message>
    <message>
        <source>&amp;Damaged (still in the customer&apos;s hands)</source>
        <translation>V&amp;ioittunut (yhä asiakkaan hallussa)</translation>
    </message>
    <message>
        <source>C&amp;ompromised (someone else used the card&apos;s details)</source>
        <translation>Vaa&amp;rantunut (joku muu käytti kortin tietoja)</translation>
    </message>
    <message>
        <source>In the customer&apos;s &amp;words</source>
        <translation>Asiakkaan &amp;omin sanoin</translation>
    </message>
    <message>
        <source>Optional: where and when, what they noticed</source>
        <translation>Vapaaehtoinen: missä ja milloin, mitä asiakas huomasi</translation>
    </message>
</context>
<context>
    <name>SlaPolicy</name>
    <message>
        <source>The SLA policy is not valid JSON: %1 at offset %2</source>
        <translation>SLA-käytäntö ei ole kelvollista JSONia: %1 kohdassa %2</translation>
    </message>
    <message>
        <source>The SLA policy must be a JSON object.</source>
        <translation>SLA-käytännön on oltava JSON-objekti.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot; in the SLA policy.</source>
        <translation>SLA-käytännössä on tuntematon aikavyöhyke &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The business hours of the SLA policy must be &quot;HH:mm&quot; with opening before closing.</source>
        <translation>SLA-käytännön aukioloaikojen on oltava muotoa &quot;HH:mm&quot;, ja avautumisajan on oltava ennen sulkemisaikaa.</translation>
    </message>
    <message>
        <source>The holidays of the SLA policy must be a list of dates.</source>
        <translation>SLA-käytännön pyhäpäivien on oltava luettelo päivämääriä.</translation>
    </message>
    <message>
        <source>Invalid holiday date &quot;%1&quot; in the SLA policy.</source>
        <translation>SLA-käytännössä on virheellinen pyhäpäivä &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The channels of the SLA policy must be an object.</source>
        <translation>SLA-käytännön kanavien on oltava objekti.</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot; in the SLA policy.</source>
        <translation>SLA-käytännössä on tuntematon kanava &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The SLA targets of channel &quot;%1&quot; must be an object.</source>
        <translation>Kanavan &quot;%1&quot; SLA-tavoitteiden on oltava objekti.</translation>
    </message>
    <message>
        <source>&quot;businessHours&quot; of channel &quot;%1&quot; must be true or false.</source>
        <translation>Kanavan &quot;%1&quot; &quot;businessHours&quot;-arvon on oltava true tai false.</translation>
    </message>
    <message>
        <source>Unknown priority &quot;%1&quot; for channel &quot;%2&quot; in the SLA policy.</source>
        <translation>SLA-käytännössä on kanavalle &quot;%2&quot; tuntematon prioriteetti &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The targets of %1/%2 must be positive durations such as &quot;30s&quot;, &quot;15m&quot; or &quot;24h&quot;.</source>
        <translation>Kohdan %1/%2 tavoitteiden on oltava positiivisia kestoja, kuten &quot;30s&quot;, &quot;15m&quot; tai &quot;24h&quot;.</translation>
    </message>
    <message>
        <source>The resolution target of %1/%2 is shorter than its first-response target.</source>
        <translation>Kohdan %1/%2 ratkaisutavoite on lyhyempi kuin sen ensivastauksen tavoite.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>as a reply to the customer&apos;s email</source>
        <translation>vastauksena asiakkaan sähköpostiin</translation>
    </message>
    <message>
        <source>in the chat</source>
        <translation>chatissa</translation>
    </message>
    <message>
        <source>as a reply to the web form</source>
        <translation>vastauksena verkkolomakkeeseen</translation>
    </message>
    <message>
        <source>as a reply on social media</source>
        <translation>vastauksena sosiaalisessa mediassa</translation>
    </message>
    <message>
        <source>as a message in the app</source>
        <translation>viestinä sovelluksessa</translation>
    </message>
    <message>
        <source>by email to %1</source>
        <translation>sähköpostitse osoitteeseen %1</translation>
    </message>
    <message>
        <source>Confirmation to the customer, in %1, %2</source>
        <translation>Vahvistus asiakkaalle, kieli: %1, %2</translation>
    </message>
    <message>
        <source>Card %2 %1 (%3).</source>
        <comment>card •••• 1234 stolen (customer&apos;s words)</comment>
        <translation>Kortti %2 %1 (%3).</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>ei lisätietoja</translation>
    </message>
    <message>
        <source>Locked at once.</source>
        <translation>Lukittu heti.</translation>
    </message>
    <message>
        <source>Police reference %1.</source>
        <translation>Rikosilmoituksen numero %1.</translation>
    </message>
    <message>
        <source>&amp;Send and finish</source>
        <translation>&amp;Lähetä ja viimeistele</translation>
    </message>
    <message>
        <source>%1 locked</source>
        <translation>%1 lukittu</translation>
    </message>
    <message>
        <source>%1 not locked</source>
        <translation>%1 ei ole lukittu</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) reviewed</source>
        <translation>
            <numerusform>%n tapahtuma käyty läpi</numerusform>
            <numerusform>%n tapahtumaa käyty läpi</numerusform>
        </translation>
    </message>
    <message>
        <source>Police reference %1 recorded</source>
        <translation>Rikosilmoituksen numero %1 kirjattu</translation>
    </message>
    <message>
        <source>No replacement ordered</source>
        <translation>Korvaavaa korttia ei tilattu</translation>
    </message>
    <message>
        <source>Confirmation sent to the customer</source>
        <translation>Vahvistus lähetetty asiakkaalle</translation>
    </message>
    <message>
        <source>Confirmation to the customer: sent when you finish</source>
        <translation>Vahvistus asiakkaalle: lähetetään, kun viimeistelet</translation>
    </message>
    <message>
        <source>Internal note added</source>
        <translation>Sisäinen muistiinpano lisätty</translation>
    </message>
    <message>
        <source>Internal note: added when you finish</source>
        <translation>Sisäinen muistiinpano: lisätään, kun viimeistelet</translation>
    </message>
    <message>
        <source>Lost, stolen or damaged card</source>
        <translation>Kadonnut, varastettu tai vioittunut kortti</translation>
    </message>
    <message>
        <source>Done: %1. The confirmation is queued for the customer and the note is on the conversation.</source>
        <translation>Valmis: %1. Vahvistus on jonossa asiakkaalle, ja muistiinpano on lisätty keskusteluun.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <source>What was done, and what the customer is told.</source>
        <translation>Mitä tehtiin ja mitä asiakkaalle kerrotaan.</translation>
    </message>
    <message>
        <source>Internal &amp;note (never shown to the customer)</source>
        <translation>Sisäinen &amp;muistiinpano (ei koskaan näy asiakkaalle)</translation>
    </message>
    <message numerus="yes">
        <source>Last certain use %1; %n transaction(s) reviewed, %2 disputed.</source>
        <translation>
            <numerusform>Viimeisin varma käyttö %1; %n tapahtuma käyty läpi, reklamoitu %2.</numerusform>
            <numerusform>Viimeisin varma käyttö %1; %n tapahtumaa käyty läpi, reklamoitu %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupervisionText</name>
    <message>
        <source>Available</source>
        <comment>agent presence</comment>
        <translation>Tavoitettavissa</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>agent presence</comment>
        <translation>Varattu</translation>
    </message>
    <message>
        <source>Away</source>
        <comment>agent presence</comment>
        <translation>Poissa</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>agent presence</comment>
        <translation>Offline-tilassa</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>open conversations</comment>
        <translation>Avoimet</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>conversations nobody works yet</comment>
        <translation>Jonossa</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Käsittelyssä</translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation>Odottaa asiakasta</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Pian erääntyvät</translation>
    </message>
    <message>
        <source>Breached</source>
        <comment>past the SLA deadline</comment>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage; the number comes first</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>W%1</source>
        <comment>ISO week number, short</comment>
        <translation>Vko&#xa0;%1</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>Viikko %1: %2 – %3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>from date – to date</comment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>SupervisionWorkspace</name>
    <message>
        <source>Live · updated %1</source>
        <translation>Ajantasainen · päivitetty klo %1</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Jonot</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Asiakaspalvelijat</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analytiikka</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Tarkastusloki</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>Read the figures again now (%1). They also refresh by themselves.</source>
        <translation>Hae luvut uudelleen nyt (%1). Ne päivittyvät myös automaattisesti.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Yleiskuva</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>No keychain is available on this machine: CardDesk keeps the token for this session only and asks for the password next time</source>
        <translation>Tällä koneella ei ole avainnippua: CardDesk säilyttää tunnisteen vain tämän istunnon ajan ja kysyy salasanaa seuraavalla kerralla</translation>
    </message>
    <message>
        <source>The keychain refused access, so CardDesk keeps the token for this session only and asks for the password next time.</source>
        <translation>Avainnippu esti pääsyn, joten CardDesk säilyttää tunnisteen vain tämän istunnon ajan ja kysyy salasanaa seuraavalla kerralla.</translation>
    </message>
    <message>
        <source>The keychain failed (%1): CardDesk keeps the token for this session only and asks for the password next time.</source>
        <translation>Avainnippu epäonnistui (%1): CardDesk säilyttää tunnisteen vain tämän istunnon ajan ja kysyy salasanaa seuraavalla kerralla.</translation>
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
    <name>VerificationBox</name>
    <message>
        <source>Passed</source>
        <translation>Onnistui</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Epäonnistui</translation>
    </message>
    <message>
        <source>Verification method</source>
        <translation>Tunnistustapa</translation>
    </message>
    <message>
        <source>The caller passed this check: record it</source>
        <translation>Soittaja läpäisi tämän tarkistuksen: kirjaa se</translation>
    </message>
    <message>
        <source>The caller failed this check: record it (it counts for nothing)</source>
        <translation>Soittaja ei läpäissyt tätä tarkistusta: kirjaa se (se ei kelpaa tunnistukseksi)</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Kirjaa:</translation>
    </message>
    <message>
        <source>no verification</source>
        <translation>ei tunnistusta</translation>
    </message>
    <message>
        <source>the caller identifies the card (last four digits, name on the card)</source>
        <translation>soittaja tunnistaa kortin (neljä viimeistä numeroa, nimi kortissa)</translation>
    </message>
    <message>
        <source>strong verification (bank ID or a confirmation in the app)</source>
        <translation>vahva tunnistus (pankkitunnukset tai vahvistus sovelluksessa)</translation>
    </message>
    <message>
        <source>Bank ID (strong)</source>
        <translation>Pankkitunnukset (vahva)</translation>
    </message>
    <message>
        <source>Confirmation in the app (strong)</source>
        <translation>Vahvistus sovelluksessa (vahva)</translation>
    </message>
    <message>
        <source>Knowledge questions</source>
        <translation>Tunnistuskysymykset</translation>
    </message>
    <message>
        <source>Caller identified the card</source>
        <translation>Soittaja tunnisti kortin</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Vaatii:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The caller has not been verified in this call.</source>
        <translation>Soittajaa ei ole tunnistettu tämän puhelun aikana.</translation>
    </message>
    <message>
        <source>The caller failed %1 at %2.</source>
        <translation>Soittajan tunnistus epäonnistui: %1, %2.</translation>
    </message>
    <message>
        <source>Verified: %1 at %2.</source>
        <translation>Tunnistettu: %1, %2.</translation>
    </message>
    <message>
        <source>%1 at %2 has expired; verify the caller again.</source>
        <translation>Tunnistus (%1, %2) on vanhentunut; tunnista soittaja uudelleen.</translation>
    </message>
    <message>
        <source>%1 at %2 is not enough for this.</source>
        <translation>Tunnistus (%1, %2) ei riitä tähän.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kansiota %1 ei voi luoda.</translation>
    </message>
    <message>
        <source>Preparing demo data for %1 customers in %2 …</source>
        <translation>Valmistellaan esittelytietoja %1 asiakkaalle kansioon %2 …</translation>
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
    <message>
        <source>Screen pop for an incoming call: open the customer with this phone number (handed to a CardDesk already running on the same data).</source>
        <translation>Saapuvan puhelun asiakasikkuna: avaa asiakas, jolla on tämä puhelinnumero (välitetään samoja tietoja käyttävälle, jo käynnissä olevalle CardDeskille).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numero</translation>
    </message>
    <message>
        <source>Handed the call to the CardDesk that is already running.</source>
        <translation>Puhelu välitettiin jo käynnissä olevalle CardDeskille.</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>Kansiota %1 ei ole.</translation>
    </message>
    <message>
        <source>%1 holds no .eml files; nothing was imported.</source>
        <translation>Kansiossa %1 ei ole .eml-tiedostoja; mitään ei tuotu.</translation>
    </message>
    <message>
        <source>Imported %1 message(s) from %2 file(s): %3 matched to customers, %4 already there.</source>
        <translation>Tuotiin %1 viesti(ä) %2 tiedostosta: %3 yhdistettiin asiakkaisiin, %4 oli jo tallessa.</translation>
    </message>
    <message>
        <source>Import every .eml file in &lt;dir&gt; into the inbox (MIME parsed, card numbers masked, threaded, matched to customers) and exit.</source>
        <translation>Tuo kaikki kansion &lt;dir&gt; .eml-tiedostot saapuneisiin (MIME-jäsennys, korttinumerot peitetään, ketjutus, yhdistäminen asiakkaisiin) ja lopeta.</translation>
    </message>
    <message>
        <source>Replaced the demo inbox with about %1 conversations in %2 s.</source>
        <translation>Esittelyviestit korvattiin noin %1 keskustelulla %2 sekunnissa.</translation>
    </message>
    <message>
        <source>The demo inbox already has about %1 conversations.</source>
        <translation>Esittelyviesteissä on jo noin %1 keskustelua.</translation>
    </message>
    <message>
        <source>With --seed-demo: about &lt;n&gt; demo conversations of five messages each (default: the density for the scale). On a database that already holds demo customers, replaces their inbox.</source>
        <translation>Yhdessä --seed-demo-valitsimen kanssa: noin &lt;n&gt; esittelykeskustelua, kussakin keskimäärin viisi viestiä (oletus: määrään sopiva tiheys). Tietokannassa, jossa on jo esittelyasiakkaat, korvaa heidän viestinsä.</translation>
    </message>
    <message>
        <source>--demo-conversations needs a number of 0 or more.</source>
        <translation>--demo-conversations vaatii luvun, joka on 0 tai suurempi.</translation>
    </message>
    <message>
        <source>View to capture: %1.</source>
        <translation>Kuvattava näkymä: %1.</translation>
    </message>
    <message>
        <source>Remote mode: work against the CardDesk server at &lt;url&gt; (the local database in --data-dir becomes its cache). The password comes from CARDDESK_PASSWORD, else it is asked for.</source>
        <translation>Etätila: työskentele CardDesk-palvelimella osoitteessa &lt;url&gt; (paikallisesta tietokannasta --data-dir-kansiossa tulee sen välimuisti). Salasana luetaan muuttujasta CARDDESK_PASSWORD, muuten se kysytään.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Remote mode: also trust the certificate authorities in this PEM file.</source>
        <translation>Etätila: luota myös tämän PEM-tiedoston varmenteiden myöntäjiin.</translation>
    </message>
    <message>
        <source>pem</source>
        <translation>pem</translation>
    </message>
    <message>
        <source>--server needs an http:// or https:// address, such as https://carddesk.example:8443.</source>
        <translation>--server tarvitsee http://- tai https://-osoitteen, esimerkiksi https://carddesk.example:8443.</translation>
    </message>
    <message>
        <source>--server needs --agent with your user name.</source>
        <translation>--server tarvitsee valitsimen --agent ja käyttäjätunnuksesi.</translation>
    </message>
</context>
</TS>
