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
    <name>AgentBoardModel</name>
    <message>
        <source>, </source>
        <comment>between queue names</comment>
        <translation>, </translation>
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
        <source>%1 (%2), %3. Drop conversations here to reassign them.</source>
        <translation>%1 (%2), %3. Slipp samtaler her for å omfordele dem.</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Siden %1</translation>
    </message>
    <message numerus="yes">
        <source>Average over %n first response(s) today, in SLA time</source>
        <translation>
            <numerusform>Snitt av %n første svar i dag, målt i SLA-tid</numerusform>
            <numerusform>Snitt av %n første svar i dag, målt i SLA-tid</numerusform>
        </translation>
    </message>
    <message>
        <source>Average first response today (minutes)</source>
        <translation>Snitt første svar i dag (minutter)</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open conversations assigned to the agent</source>
        <translation>Åpne samtaler tildelt saksbehandleren</translation>
    </message>
    <message>
        <source>Of those, past the SLA deadline that applies now</source>
        <translation>Av disse: passert gjeldende SLA-frist</translation>
    </message>
    <message>
        <source>Resolved or closed by the agent since midnight</source>
        <translation>Løst eller avsluttet av saksbehandleren siden midnatt</translation>
    </message>
    <message>
        <source>Average time to the first response today, in SLA time</source>
        <translation>Gjennomsnittlig tid til første svar i dag, målt i SLA-tid</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Køer</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>open conversations</comment>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Breached</source>
        <comment>past the SLA deadline</comment>
        <translation>Forsinket</translation>
    </message>
    <message>
        <source>Handled today</source>
        <translation>Behandlet i&#xa0;dag</translation>
    </message>
    <message>
        <source>Avg. first response</source>
        <translation>Snitt første&#xa0;svar</translation>
    </message>
</context>
<context>
    <name>AgentPicker</name>
    <message>
        <source>Reassign to Agent</source>
        <translation>Omfordel til saksbehandler</translation>
    </message>
    <message numerus="yes">
        <source>Reassign %n conversation(s) to:</source>
        <translation>
            <numerusform>Omfordel %n samtale til:</numerusform>
            <numerusform>Omfordel %n samtaler til:</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a name or a queue</source>
        <translation>Skriv et navn eller en kø</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %Ln open</source>
        <comment>agent — presence, open conversations</comment>
        <translation>
            <numerusform>%1 — %2, %Ln åpen</numerusform>
            <numerusform>%1 — %2, %Ln åpne</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between queue names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>↑ ↓ to move, Enter to reassign, Esc to cancel</source>
        <translation>↑ ↓ for å flytte, Enter for å omfordele, Esc for å avbryte</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Omfordel</translation>
    </message>
</context>
<context>
    <name>AgentsPage</name>
    <message>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
    </message>
    <message>
        <source>The agents&apos; figures could not be read.</source>
        <translation>Tallene for saksbehandlerne kunne ikke leses.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln available</source>
        <comment>agents</comment>
        <translation>
            <numerusform>%1 av %Ln tilgjengelig</numerusform>
            <numerusform>%1 av %Ln tilgjengelige</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <comment>conversations</comment>
        <translation>
            <numerusform>%Ln valgt</numerusform>
            <numerusform>%Ln valgt</numerusform>
        </translation>
    </message>
    <message>
        <source>Open conversations</source>
        <translation>Åpne samtaler</translation>
    </message>
    <message>
        <source>Select an agent to see their open conversations.</source>
        <translation>Velg en saksbehandler for å se de åpne samtalene.</translation>
    </message>
    <message>
        <source>%1 has no open conversations.</source>
        <translation>%1 har ingen åpne samtaler.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conversation(s)</source>
        <translation>
            <numerusform>%Ln åpen samtale</numerusform>
            <numerusform>%Ln åpne samtaler</numerusform>
        </translation>
    </message>
    <message>
        <source>These conversations are already %1&apos;s.</source>
        <translation>Disse samtalene er allerede tildelt %1.</translation>
    </message>
    <message numerus="yes">
        <source>Reassigning %Ln conversation(s) to %1…</source>
        <translation>
            <numerusform>Omfordeler %Ln samtale til %1…</numerusform>
            <numerusform>Omfordeler %Ln samtaler til %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s) reassigned to %1.</source>
        <translation>
            <numerusform>%Ln samtale er omfordelt til %1.</numerusform>
            <numerusform>%Ln samtaler er omfordelt til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was reassigned.</source>
        <translation>Ingenting ble omfordelt.</translation>
    </message>
    <message>
        <source>Nothing was returned to the queue.</source>
        <translation>Ingenting ble sendt tilbake til køen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s) returned to their queue.</source>
        <translation>
            <numerusform>%Ln samtale er sendt tilbake til køen sin.</numerusform>
            <numerusform>%Ln samtaler er sendt tilbake til køene sine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Saksbehandlere</translation>
    </message>
    <message>
        <source>Reassign to Agent…</source>
        <translation>Omfordel til saksbehandler…</translation>
    </message>
    <message>
        <source>Return to Queue</source>
        <translation>Tilbake til kø</translation>
    </message>
    <message>
        <source>Reassign to…</source>
        <translation>Omfordel til…</translation>
    </message>
    <message>
        <source>Unassign the selected conversations; they wait in their queue again</source>
        <translation>Fjern tildelingen av de valgte samtalene; de venter i køen sin igjen</translation>
    </message>
    <message>
        <source>Choose another agent for the selected conversations (%1)</source>
        <translation>Velg en annen saksbehandler for de valgte samtalene (%1)</translation>
    </message>
    <message>
        <source>Select conversations, then press %1 or drag them onto an agent to reassign them.</source>
        <translation>Velg samtaler, og trykk deretter %1 eller dra dem til en saksbehandler for å omfordele dem.</translation>
    </message>
    <message>
        <source>The agent&apos;s open conversations</source>
        <translation>Saksbehandlerens åpne samtaler</translation>
    </message>
</context>
<context>
    <name>AlertEvidencePanel</name>
    <message>
        <source>Amount far above usual</source>
        <translation>Beløp langt over det vanlige</translation>
    </message>
    <message>
        <source>At night, hours the customer never uses</source>
        <translation>Om natten, på tider kunden aldri bruker</translation>
    </message>
    <message>
        <source>New country while the card was used elsewhere</source>
        <translation>Nytt land mens kortet ble brukt et annet sted</translation>
    </message>
    <message>
        <source>Rapid series of transactions</source>
        <translation>Rask serie med transaksjoner</translation>
    </message>
    <message>
        <source>Online in a high-risk category</source>
        <translation>Netthandel i en høyrisikokategori</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>fraud alert</comment>
        <translation>Åpent</translation>
    </message>
    <message>
        <source>Genuine</source>
        <comment>fraud alert</comment>
        <translation>Legitimt</translation>
    </message>
    <message>
        <source>Fraud</source>
        <comment>fraud alert</comment>
        <translation>Svindel</translation>
    </message>
    <message>
        <source>Suspicious transactions on %1</source>
        <translation>Mistenkelige transaksjoner på %1</translation>
    </message>
    <message>
        <source>online</source>
        <translation>netthandel</translation>
    </message>
    <message>
        <source>contactless</source>
        <translation>kontaktløst</translation>
    </message>
    <message>
        <source>ATM</source>
        <translation>minibank</translation>
    </message>
    <message>
        <source>chip</source>
        <translation>chip</translation>
    </message>
    <message>
        <source>Closed as genuine by %1, %2.</source>
        <translation>Avsluttet som legitimt av %1, %2.</translation>
    </message>
    <message>
        <source>Recorded as fraud by %1, %2.</source>
        <translation>Registrert som svindel av %1, %2.</translation>
    </message>
    <message>
        <source>Genuine transactions</source>
        <translation>Legitime transaksjoner</translation>
    </message>
    <message>
        <source>How did the customer confirm these transactions? The note closes the alert.</source>
        <translation>Hvordan bekreftet kunden disse transaksjonene? Notatet avslutter varselet.</translation>
    </message>
    <message>
        <source>Write how the customer confirmed the transactions; the alert stays open.</source>
        <translation>Skriv hvordan kunden bekreftet transaksjonene; varselet forblir åpent.</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Svindel</translation>
    </message>
    <message>
        <source>The customer does not recognise these transactions. The compromised-card steps start next: lock the card first.

Note (optional):</source>
        <translation>Kunden kjenner ikke igjen disse transaksjonene. Deretter starter trinnene for kompromittert kort: lås kortet først.

Notat (valgfritt):</translation>
    </message>
    <message>
        <source>Genuine…</source>
        <translation>Legitimt…</translation>
    </message>
    <message>
        <source>The customer confirms the transactions: close the alert with a note.</source>
        <translation>Kunden bekrefter transaksjonene: avslutt varselet med et notat.</translation>
    </message>
    <message>
        <source>Fraud…</source>
        <translation>Svindel…</translation>
    </message>
    <message>
        <source>Not the customer: record fraud and start the compromised-card steps.</source>
        <translation>Ikke kunden: registrer svindel og start trinnene for kompromittert kort.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
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
        <source>How</source>
        <comment>card used: chip, online…</comment>
        <translation>Måte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>AnalyticsCharts</name>
    <message>
        <source>No conversations in this period</source>
        <translation>Ingen samtaler i denne perioden</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>per uke</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>per dag</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. persentil</translation>
    </message>
    <message>
        <source>% of the SLA target</source>
        <translation>% av SLA-målet</translation>
    </message>
    <message>
        <source>SLA target</source>
        <translation>SLA-mål</translation>
    </message>
    <message>
        <source>%1: %2 %3 (target %4)</source>
        <translation>%1: %2 %3 (mål %4)</translation>
    </message>
    <message>
        <source>median</source>
        <translation>median</translation>
    </message>
    <message>
        <source>No satisfaction answers in this period</source>
        <translation>Ingen tilfredshetssvar i denne perioden</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>week</source>
        <translation>uke</translation>
    </message>
    <message>
        <source>CSAT, %</source>
        <translation>CSAT, %</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>svar</translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <source>The first day comes after the last. Choose a first day on or before %1.</source>
        <translation>Første dag er etter siste dag. Velg en første dag som er %1 eller tidligere.</translation>
    </message>
    <message>
        <source>Choose at most %1 days.</source>
        <translation>Velg høyst %1 dager.</translation>
    </message>
    <message>
        <source>The figures could not be computed.</source>
        <translation>Tallene kunne ikke beregnes.</translation>
    </message>
    <message>
        <source>%1 a day on average</source>
        <translation>%1 per dag i snitt</translation>
    </message>
    <message>
        <source>%1 within target</source>
        <translation>%1 innenfor målet</translation>
    </message>
    <message>
        <source>Target %1 · %2</source>
        <translation>Mål %1 · %2</translation>
    </message>
    <message>
        <source>None in this period</source>
        <translation>Ingen i denne perioden</translation>
    </message>
    <message>
        <source>%1 of %2 deadlines</source>
        <translation>%1 av %2 frister</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s)</source>
        <translation>
            <numerusform>%Ln svar</numerusform>
            <numerusform>%Ln svar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · average %2</source>
        <translation>%1 · snitt %2</translation>
    </message>
    <message>
        <source>%1 · %2 answered</source>
        <translation>%1 · svarprosent %2</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Første svar</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Løsning</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kø</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uke</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>Beregner %1…</translation>
    </message>
    <message>
        <source>%1 · computed %2</source>
        <translation>%1 · beregnet %2</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Siste 7 dager</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Siste 30 dager</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Siste 90 dager</translation>
    </message>
    <message>
        <source>Custom dates…</source>
        <translation>Egendefinerte datoer…</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Siste dag</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>Beregn på nytt</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation>Første svar, median</translation>
    </message>
    <message>
        <source>Resolution, median</source>
        <translation>Løsning, median</translation>
    </message>
    <message>
        <source>SLA met, team</source>
        <translation>SLA oppfylt, team</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT)</source>
        <translation>Kundetilfredshet (CSAT)</translation>
    </message>
    <message>
        <source>Conversations per channel</source>
        <translation>Samtaler per kanal</translation>
    </message>
    <message>
        <source>Response and resolution times against the SLA</source>
        <translation>Svar- og løsningstider mot SLA</translation>
    </message>
    <message>
        <source>SLA met per agent</source>
        <translation>SLA oppfylt per saksbehandler</translation>
    </message>
    <message>
        <source>SLA met per queue</source>
        <translation>SLA oppfylt per kø</translation>
    </message>
    <message>
        <source>Topics and card outcomes per week</source>
        <translation>Temaer og korttiltak per uke</translation>
    </message>
    <message>
        <source>New conversations per topic. A week that rose by half or more over the week before (at least %1) is marked.</source>
        <translation>Nye samtaler per tema. En uke som økte med halvparten eller mer fra uken før (minst %1), er markert.</translation>
    </message>
    <message>
        <source>Satisfaction per week</source>
        <translation>Tilfredshet per uke</translation>
    </message>
    <message>
        <source>Satisfaction per channel</source>
        <translation>Tilfredshet per kanal</translation>
    </message>
    <message>
        <source>Satisfaction per agent</source>
        <translation>Tilfredshet per saksbehandler</translation>
    </message>
    <message>
        <source>First response per channel</source>
        <translation>Første svar per kanal</translation>
    </message>
    <message>
        <source>Resolution per channel</source>
        <translation>Løsning per kanal</translation>
    </message>
</context>
<context>
    <name>AnalyticsTables</name>
    <message>
        <source>Week</source>
        <translation>Uke</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Uke fra</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>first response</source>
        <translation>første svar</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvart</translation>
    </message>
    <message>
        <source>First responses</source>
        <translation>Første svar</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>løsning</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Løsninger</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Median %1 (minutes)</source>
        <translation>Median for %1 (minutter)</translation>
    </message>
    <message>
        <source>90th pct.</source>
        <translation>90. persentil</translation>
    </message>
    <message>
        <source>90th percentile %1 (minutes)</source>
        <translation>90. persentil for %1 (minutter)</translation>
    </message>
    <message>
        <source>Nine in ten took no longer than this</source>
        <translation>Ni av ti tok ikke lengre tid enn dette</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Target %1 (minutes)</source>
        <translation>Mål for %1 (minutter)</translation>
    </message>
    <message>
        <source>The SLA target for normal priority</source>
        <translation>SLA-målet for normal prioritet</translation>
    </message>
    <message>
        <source>Met</source>
        <comment>within the SLA target</comment>
        <translation>Oppfylt</translation>
    </message>
    <message>
        <source>Within target %1 (%)</source>
        <translation>Innenfor mål for %1 (%)</translation>
    </message>
    <message>
        <source>Within the SLA target</source>
        <translation>Innenfor SLA-målet</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanaler</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Målt</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Oppfylt</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA oppfylt</translation>
    </message>
    <message>
        <source>SLA met (%)</source>
        <translation>SLA oppfylt (%)</translation>
    </message>
    <message>
        <source>First responses and resolutions with a deadline in the period</source>
        <translation>Første svar og løsninger med frist i perioden</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Hele teamet</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>%1
so far</source>
        <comment>a week not over yet</comment>
        <translation>%1
hittil</translation>
    </message>
    <message>
        <source>%1, the week before the period, for the change</source>
        <translation>%1, uken før perioden, for endringen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>Change
%1</source>
        <comment>change in week 47</comment>
        <translation>Endring
%1</translation>
    </message>
    <message>
        <source>Change in %1 over the week before (%)</source>
        <translation>Endring i %1 fra uken før (%)</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 mot %2</translation>
    </message>
    <message>
        <source>Up %1 on the week before (%2 → %3)</source>
        <translation>Opp %1 fra uken før (%2 → %3)</translation>
    </message>
    <message>
        <source>New this week: %1, none the week before</source>
        <translation>Nytt denne uken: %1, ingen uken før</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <source>Card outcomes</source>
        <translation>Korttiltak</translation>
    </message>
    <message>
        <source>Cards locked</source>
        <translation>Kort låst</translation>
    </message>
    <message>
        <source>Cards replaced</source>
        <translation>Kort erstattet</translation>
    </message>
    <message>
        <source>Disputes filed</source>
        <translation>Reklamasjoner registrert</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CSAT (% answering 4 or 5)</source>
        <translation>CSAT (% som svarte 4 eller 5)</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Snitt</translation>
    </message>
    <message>
        <source>Average score (1–5)</source>
        <translation>Snittkarakter (1–5)</translation>
    </message>
    <message>
        <source>The share of answers that are 4 or 5 out of 5</source>
        <translation>Andelen svar som er 4 eller 5 av 5</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The certificate file %1 cannot be read: %2</source>
        <translation>Sertifikatfilen %1 kan ikke leses: %2</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate. Ask IT for the CA certificate of the CardDesk server in PEM form (text starting with -----BEGIN CERTIFICATE-----).</source>
        <translation>Filen %1 inneholder ikke noe PEM-sertifikat. Be IT om CA-sertifikatet til CardDesk-serveren i PEM-format (tekst som begynner med -----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>This CardDesk was built without TLS support; %1 cannot be used.</source>
        <translation>Denne CardDesk er bygget uten TLS-støtte; %1 kan ikke brukes.</translation>
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
    <message>
        <source>Inbox</source>
        <translation>Innboks</translation>
    </message>
    <message>
        <source>Open a customer or a conversation first: the card workflow is for the customer on screen.</source>
        <translation>Åpne en kunde eller en samtale først: kortarbeidsflyten gjelder kunden på skjermen.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Logg inn igjen</translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Enter the password of %2 to go on. What you did meanwhile waits on this computer and is sent once you are signed in.</source>
        <translation>Økten din på %1 er avsluttet. Skriv inn passordet til %2 for å fortsette. Det du har gjort i mellomtiden venter på denne datamaskinen og sendes når du er logget inn.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Logger inn…</translation>
    </message>
    <message>
        <source>Signed in again. Waiting work is being sent.</source>
        <translation>Logget inn igjen. Det som ventet, sendes nå.</translation>
    </message>
    <message>
        <source>No password for %1: set CARDDESK_PASSWORD, or start without --screenshot to be asked.</source>
        <translation>Passord mangler for %1: angi CARDDESK_PASSWORD, eller start uten --screenshot for å bli spurt.</translation>
    </message>
    <message>
        <source>Sign in to CardDesk</source>
        <translation>Logg inn i CardDesk</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>Passord for %1 på %2:</translation>
    </message>
    <message>
        <source>Not signed in: CardDesk needs the password of %1 to reach %2.</source>
        <translation>Ikke logget inn: CardDesk trenger passordet til %1 for å nå %2.</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Teamledelse</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The attachment could not be read.</source>
        <translation>Vedlegget kunne ikke leses.</translation>
    </message>
    <message>
        <source>The attachment folder %1 could not be created.</source>
        <translation>Vedleggsmappen %1 kunne ikke opprettes.</translation>
    </message>
    <message>
        <source>The attachment could not be written: %1</source>
        <translation>Vedlegget kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>The attachment could not be read: %1</source>
        <translation>Vedlegget kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>The attachment is larger than the limit of %1 MB and was not stored.</source>
        <translation>Vedlegget er større enn grensen på %1 MB og ble ikke lagret.</translation>
    </message>
    <message>
        <source>The attachment could not be stored: %1</source>
        <translation>Vedlegget kunne ikke lagres: %1</translation>
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
    <name>AuditEntryDetails</name>
    <message>
        <source>Entry %1 · %2</source>
        <translation>Oppføring %1 · %2</translation>
    </message>
    <message>
        <source>Chain check: %1</source>
        <translation>Kjedekontroll: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>display name (user name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Tid (UTC)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kjede</translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation>Forrige hash</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Select an entry to see everything it records: the details as written, and the hashes that chain it to the entry before.</source>
        <translation>Velg en oppføring for å se alt den registrerer: detaljene slik de ble skrevet, og hashene som kjeder den til oppføringen før.</translation>
    </message>
</context>
<context>
    <name>AuditEntryModel</name>
    <message>
        <source>The chain check found this entry broken.</source>
        <translation>Kjedekontrollen fant at denne oppføringen er brutt.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <source>All agents</source>
        <translation>Alle saksbehandlere</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>display name (user name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle handlinger</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>&amp;Saksbehandler</translation>
    </message>
    <message>
        <source>C&amp;ustomer number</source>
        <translation>&amp;Kundenummer</translation>
    </message>
    <message>
        <source>Ca&amp;rd</source>
        <translation>Ko&amp;rt</translation>
    </message>
    <message>
        <source>Ac&amp;tion</source>
        <translation>&amp;Handling</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <comment>last day of a date range</comment>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <source>e.g. 100000042</source>
        <translation>f.eks. 100000042</translation>
    </message>
    <message>
        <source>Last four or #id</source>
        <translation>Fire siste eller #id</translation>
    </message>
    <message>
        <source>The card&apos;s last four digits (1234), or its id (#45). Never a full card number.</source>
        <translation>Kortets fire siste sifre (1234) eller id-en (#45). Aldri et fullstendig kortnummer.</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Alle datoer</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Fjern filtrene</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Logget inn</translation>
    </message>
    <message>
        <source>Card locked</source>
        <translation>Kort låst</translation>
    </message>
    <message>
        <source>Card unlocked</source>
        <translation>Kort låst opp</translation>
    </message>
    <message>
        <source>Card closed</source>
        <translation>Kort stengt</translation>
    </message>
    <message>
        <source>Card activated</source>
        <translation>Kort aktivert</translation>
    </message>
    <message>
        <source>Card controls changed</source>
        <translation>Kortinnstillinger endret</translation>
    </message>
    <message>
        <source>Spending limits changed</source>
        <translation>Beløpsgrenser endret</translation>
    </message>
    <message>
        <source>Replacement card ordered</source>
        <translation>Erstatningskort bestilt</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>PIN-kode tilbakestilt</translation>
    </message>
    <message>
        <source>Card reported not received</source>
        <translation>Kort meldt ikke mottatt</translation>
    </message>
    <message>
        <source>Identity verification recorded</source>
        <translation>Identifisering registrert</translation>
    </message>
    <message>
        <source>Contact details changed</source>
        <translation>Kontaktopplysninger endret</translation>
    </message>
    <message>
        <source>National ID revealed</source>
        <translation>Fødselsnummer vist</translation>
    </message>
    <message>
        <source>Reply sent</source>
        <translation>Svar sendt</translation>
    </message>
    <message>
        <source>Internal note added</source>
        <translation>Internt notat lagt til</translation>
    </message>
    <message>
        <source>Conversations assigned</source>
        <translation>Samtaler tildelt</translation>
    </message>
    <message>
        <source>Conversation status changed</source>
        <translation>Samtalestatus endret</translation>
    </message>
    <message>
        <source>Conversation priority changed</source>
        <translation>Samtaleprioritet endret</translation>
    </message>
    <message>
        <source>Topics added</source>
        <translation>Temaer lagt til</translation>
    </message>
    <message>
        <source>Call logged</source>
        <translation>Anrop registrert</translation>
    </message>
    <message>
        <source>Email imported</source>
        <translation>E-post importert</translation>
    </message>
    <message>
        <source>All card actions</source>
        <translation>Alle korthandlinger</translation>
    </message>
    <message>
        <source>All customer actions</source>
        <translation>Alle kundehandlinger</translation>
    </message>
    <message>
        <source>All conversation actions</source>
        <translation>Alle samtalehandlinger</translation>
    </message>
    <message>
        <source>All sign-ins</source>
        <translation>Alle innlogginger</translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation>Kunde #%1</translation>
    </message>
    <message>
        <source>Card #%1</source>
        <translation>Kort #%1</translation>
    </message>
    <message>
        <source>Card #%1 %2</source>
        <translation>Kort #%1 %2</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>Samtale %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln samtale</numerusform>
            <numerusform>%Ln samtaler</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Saksbehandler %1</translation>
    </message>
    <message>
        <source>Incoming email</source>
        <translation>Innkommende e-post</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>state before → after</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>passed</source>
        <comment>verification</comment>
        <translation>bestått</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>verification</comment>
        <translation>ikke bestått</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s)</source>
        <translation>
            <numerusform>%Ln felt</numerusform>
            <numerusform>%Ln felt</numerusform>
        </translation>
    </message>
    <message>
        <source>altered after it was written</source>
        <translation>endret etter at den ble skrevet</translation>
    </message>
    <message>
        <source>an entry before it is missing</source>
        <translation>en oppføring før den mangler</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>i feil rekkefølge</translation>
    </message>
    <message>
        <source>does not link to the entry before it</source>
        <translation>lenker ikke til oppføringen før</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>entry %1 before this one is missing</source>
        <translation>oppføring %1 før denne mangler</translation>
    </message>
    <message>
        <source>Checking the chain…</source>
        <translation>Kontrollerer kjeden…</translation>
    </message>
    <message numerus="yes">
        <source>The chain check was stopped after %Ln entries; nothing wrong was found in them.</source>
        <translation>
            <numerusform>Kjedekontrollen ble stoppet etter %Ln oppføring; ingen feil ble funnet i den.</numerusform>
            <numerusform>Kjedekontrollen ble stoppet etter %Ln oppføringer; ingen feil ble funnet i dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Entry %1</source>
        <translation>Vis oppføring %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Ingen oppføringer samsvarer med disse filtrene.</translation>
    </message>
    <message>
        <source>Showing the newest %1 matching entries. Narrow the filters to reach older ones.</source>
        <translation>Viser de %1 nyeste treffene. Snevre inn filtrene for å nå eldre oppføringer.</translation>
    </message>
    <message>
        <source>%1 entries shown, newest first; more load as you scroll.</source>
        <translation>%1 oppføringer vises, nyeste først; flere lastes inn når du blar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching entries, newest first.</source>
        <translation>
            <numerusform>%Ln samsvarende oppføring.</numerusform>
            <numerusform>%Ln samsvarende oppføringer, nyeste først.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing entry %1 and older.</source>
        <translation>Viser oppføring %1 og eldre.</translation>
    </message>
    <message>
        <source>Audit Log — CardDesk</source>
        <translation>Revisjonslogg — CardDesk</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Revisjonslogg</translation>
    </message>
    <message>
        <source>Every card action, identity reveal, change and sign-in, chained by SHA-256 so that an edited or removed entry shows.</source>
        <translation>Alle korthandlinger, visninger av fødselsnummer, endringer og innlogginger, kjedet med SHA-256 slik at en endret eller fjernet oppføring blir synlig.</translation>
    </message>
    <message>
        <source>Check Chain</source>
        <translation>Kontroller kjeden</translation>
    </message>
    <message>
        <source>Verify every entry&apos;s hash and link, from the first entry to the last</source>
        <translation>Kontroller hver oppførings hash og lenke, fra første til siste oppføring</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Show newest</source>
        <translation>Vis nyeste</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Revisjonsoppføringer</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Oppføringsdetaljer</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Oppføring</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Tid (UTC)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Saksbehandlerens navn</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>Handlingskode</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Kunne ikke lagre %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries saved to %1.</source>
        <translation>
            <numerusform>%Ln oppføring lagret i %1.</numerusform>
            <numerusform>%Ln oppføringer lagret i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>These are the entries loaded so far; scroll further or narrow the filters to include older ones.</source>
        <translation>Dette er oppføringene som er lastet inn så langt; bla videre eller snevre inn filtrene for å ta med eldre oppføringer.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksporter CSV…</translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV file</source>
        <translation>Lagre oppføringene som vises, som en CSV-fil</translation>
    </message>
</context>
<context>
    <name>BulkActionBar</name>
    <message numerus="yes">
        <source>%n selected</source>
        <comment>conversations</comment>
        <translation>
            <numerusform>%n valgt</numerusform>
            <numerusform>%n valgt</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign to Me</source>
        <translation>Tildel meg</translation>
    </message>
    <message>
        <source>Assign To</source>
        <translation>Tildel til</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <source>Add Topic</source>
        <translation>Legg til tema</translation>
    </message>
    <message>
        <source>Agent…</source>
        <translation>Saksbehandler…</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Kø: %1</translation>
    </message>
</context>
<context>
    <name>CardActionDialog</name>
    <message>
        <source>The customer wants a pause</source>
        <translation>Kunden ønsker en pause</translation>
    </message>
    <message>
        <source>Misplaced; it may turn up</source>
        <translation>Forlagt; kan dukke opp igjen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Mistet</translation>
    </message>
    <message>
        <source>Stolen</source>
        <translation>Stjålet</translation>
    </message>
    <message>
        <source>Suspected fraud</source>
        <translation>Mistanke om svindel</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Skadet</translation>
    </message>
    <message>
        <source>Lock the card %1</source>
        <translation>Lås kortet %1</translation>
    </message>
    <message>
        <source>A temporary lock: the card declines every payment until it is unlocked. The customer keeps the card and its number. If it is surely lost or stolen, use &quot;Lost, stolen or damaged…&quot; instead: it locks, reviews the spending and orders a new card in one go.</source>
        <translation>En midlertidig låsing: kortet avviser alle betalinger til det låses opp. Kunden beholder kortet og kortnummeret. Hvis kortet helt sikkert er mistet eller stjålet, bruk heller &quot;Mistet, stjålet eller skadet…&quot;: den låser kortet, går gjennom bruken og bestiller nytt kort i én operasjon.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Årsak:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notat:</translation>
    </message>
    <message>
        <source>Optional: what the customer said</source>
        <translation>Valgfritt: hva kunden sa</translation>
    </message>
    <message>
        <source>Lock card</source>
        <translation>Lås kortet</translation>
    </message>
    <message>
        <source>Unlock the card %1</source>
        <translation>Lås opp kortet %1</translation>
    </message>
    <message>
        <source>The card works again at once, for everything its controls allow.</source>
        <translation>Kortet virker igjen straks, for alt kortinnstillingene tillater.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Hvorfor:</translation>
    </message>
    <message>
        <source>Required: for example, the customer found the card</source>
        <translation>Påkrevd: for eksempel at kunden fant kortet</translation>
    </message>
    <message>
        <source>Unlock card</source>
        <translation>Lås opp kortet</translation>
    </message>
    <message>
        <source>Activate the card %1</source>
        <translation>Aktiver kortet %1</translation>
    </message>
    <message>
        <source>Activate a card only while the customer holds it: ask them to read the last four digits from the card in their hand. A replacement for a damaged or expired card closes the old card now.</source>
        <translation>Aktiver et kort bare mens kunden har det i hånden: be kunden lese opp de fire siste sifrene fra kortet. Et erstatningskort for et skadet eller utløpt kort stenger det gamle kortet nå.</translation>
    </message>
    <message>
        <source>The customer confirms the card %1 is in their hands</source>
        <translation>Kunden bekrefter å ha kortet %1 i hånden</translation>
    </message>
    <message>
        <source>Activate card</source>
        <translation>Aktiver kortet</translation>
    </message>
    <message>
        <source>New PIN for the card %1</source>
        <translation>Ny PIN-kode for kortet %1</translation>
    </message>
    <message>
        <source>The card gets a new PIN; the old one stops working when the new one is delivered.</source>
        <translation>Kortet får en ny PIN-kode; den gamle slutter å virke når den nye er levert.</translation>
    </message>
    <message>
        <source>PIN letter to the registered address</source>
        <translation>PIN-brev til den registrerte adressen</translation>
    </message>
    <message>
        <source>Show the new PIN in the customer&apos;s app</source>
        <translation>Vis den nye PIN-koden i kundens app</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Tilbakestill PIN-kode</translation>
    </message>
    <message>
        <source>Card %1 not received</source>
        <translation>Kortet %1 er ikke mottatt</translation>
    </message>
    <message>
        <source>The card is closed now, as it may be in someone else&apos;s hands, and the address it was sent to is flagged. Then confirm the address with the customer and order a new card.</source>
        <translation>Kortet stenges nå, siden det kan være i andres hender, og adressen det ble sendt til, flagges. Bekreft deretter adressen med kunden og bestill et nytt kort.</translation>
    </message>
    <message>
        <source>Close card and flag address</source>
        <translation>Steng kortet og flagg adressen</translation>
    </message>
    <message>
        <source>Confirm the customer&apos;s address</source>
        <translation>Bekreft kundens adresse</translation>
    </message>
    <message>
        <source>The address is flagged: %1. Clear the flag only after the customer has confirmed their registered address; new cards and PIN letters go there again.</source>
        <translation>Adressen er flagget: %1. Fjern flagget først når kunden har bekreftet den registrerte adressen; nye kort og PIN-brev sendes dit igjen.</translation>
    </message>
    <message>
        <source>The customer has confirmed the registered address</source>
        <translation>Kunden har bekreftet den registrerte adressen</translation>
    </message>
    <message>
        <source>Optional: for example, the name was missing from the mailbox</source>
        <translation>Valgfritt: for eksempel manglet navnet på postkassen</translation>
    </message>
    <message>
        <source>Clear the flag</source>
        <translation>Fjern flagget</translation>
    </message>
    <message>
        <source>Write why the card is unlocked, for example &quot;the customer found it&quot;.</source>
        <translation>Skriv hvorfor kortet låses opp, for eksempel &quot;kunden fant det&quot;.</translation>
    </message>
    <message>
        <source>A new card for %1</source>
        <translation>Et nytt kort i stedet for %1</translation>
    </message>
    <message>
        <source>The card %1 is closed. The new card gets a new number and the same controls and limits; it goes to the registered address. Confirm the address with the customer first.</source>
        <translation>Kortet %1 er stengt. Det nye kortet får nytt nummer og samme innstillinger og grenser; det sendes til den registrerte adressen. Bekreft adressen med kunden først.</translation>
    </message>
    <message>
        <source>The card %1 is closed. The new card keeps the number, controls and limits; it goes to the registered address. Confirm the address with the customer first.</source>
        <translation>Kortet %1 er stengt. Det nye kortet beholder nummeret, innstillingene og grensene; det sendes til den registrerte adressen. Bekreft adressen med kunden først.</translation>
    </message>
    <message>
        <source>By post (5 business days)</source>
        <translation>Med post (5 virkedager)</translation>
    </message>
    <message>
        <source>By courier, expedited (2 business days)</source>
        <translation>Ekspress med bud (2 virkedager)</translation>
    </message>
    <message>
        <source>Keep the current PIN</source>
        <translation>Behold gjeldende PIN-kode</translation>
    </message>
    <message>
        <source>New PIN, sent by letter separately</source>
        <translation>Ny PIN-kode, sendes separat i brev</translation>
    </message>
    <message>
        <source>Order the new card</source>
        <translation>Bestill det nye kortet</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>CardSettingsDialog</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Brukersted</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Declined by</source>
        <translation>Avvist av</translation>
    </message>
    <message>
        <source>Transactions these settings would have declined</source>
        <translation>Transaksjoner disse innstillingene ville ha avvist</translation>
    </message>
    <message>
        <source>What they would have declined in the last %1 days</source>
        <translation>Hva de ville ha avvist de siste %1 dagene</translation>
    </message>
    <message>
        <source>Loading the card&apos;s current settings…</source>
        <translation>Laster inn kortets gjeldende innstillinger…</translation>
    </message>
    <message>
        <source>Checking the last %1 days…</source>
        <translation>Kontrollerer de siste %1 dagene…</translation>
    </message>
    <message>
        <source>The last %1 days could not be checked: %2</source>
        <translation>De siste %1 dagene kunne ikke kontrolleres: %2</translation>
    </message>
    <message numerus="yes">
        <source>These settings would not have declined any of the %n purchase(s) in the last %1 days.</source>
        <translation>
            <numerusform>Disse innstillingene ville ikke ha avvist %n kjøp de siste %1 dagene.</numerusform>
            <numerusform>Disse innstillingene ville ikke ha avvist noen av de %n kjøpene de siste %1 dagene.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These settings would have declined %1 of %n purchase(s) in the last %2 days.</source>
        <translation>
            <numerusform>Disse innstillingene ville ha avvist %1 av %n kjøp de siste %2 dagene.</numerusform>
            <numerusform>Disse innstillingene ville ha avvist %1 av %n kjøp de siste %2 dagene.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed yet</source>
        <translation>Ingenting er endret ennå</translation>
    </message>
    <message>
        <source>Wait for the preview of what these settings would have declined</source>
        <translation>Vent på forhåndsvisningen av hva disse innstillingene ville ha avvist</translation>
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
    <message>
        <source>Caller not verified</source>
        <translation>Innringer ikke identifisert</translation>
    </message>
    <message>
        <source>Caller failed verification</source>
        <translation>Identifisering av innringer mislyktes</translation>
    </message>
    <message>
        <source>Caller strongly verified</source>
        <translation>Innringer sterkt identifisert</translation>
    </message>
    <message>
        <source>Caller identified the card</source>
        <translation>Innringer har identifisert kortet</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2; valid for %n minute(s) in this call</source>
        <translation>
            <numerusform>%1 (%2); gyldig i %n minutt under dette anropet</numerusform>
            <numerusform>%1 (%2); gyldig i %n minutter under dette anropet</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the caller&apos;s verification in any card action.</source>
        <translation>Registrer innringerens identifisering i en hvilken som helst korthandling.</translation>
    </message>
    <message>
        <source>Address flagged</source>
        <translation>Adresse flagget</translation>
    </message>
    <message>
        <source>%1. Confirm the registered address with the customer before a new card or a PIN letter goes there.</source>
        <translation>%1. Bekreft den registrerte adressen med kunden før et nytt kort eller et PIN-brev sendes dit.</translation>
    </message>
    <message>
        <source>Address confirmed…</source>
        <translation>Adresse bekreftet…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Handlinger</translation>
    </message>
    <message>
        <source>Actions for the card %1</source>
        <translation>Handlinger for kortet %1</translation>
    </message>
    <message>
        <source>Needs %1</source>
        <translation>Krever %1</translation>
    </message>
    <message>
        <source>Lock…</source>
        <translation>Lås…</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Lås opp…</translation>
    </message>
    <message>
        <source>Activate…</source>
        <translation>Aktiver…</translation>
    </message>
    <message>
        <source>New PIN…</source>
        <translation>Ny PIN-kode…</translation>
    </message>
    <message>
        <source>Card not received…</source>
        <translation>Kort ikke mottatt…</translation>
    </message>
    <message>
        <source>Controls…</source>
        <translation>Kortinnstillinger…</translation>
    </message>
    <message>
        <source>Limits…</source>
        <translation>Beløpsgrenser…</translation>
    </message>
    <message>
        <source>Lost, stolen or damaged…</source>
        <translation>Mistet, stjålet eller skadet…</translation>
    </message>
    <message>
        <source>by post to the registered address</source>
        <translation>med post til den registrerte adressen</translation>
    </message>
    <message>
        <source>to a pickup point</source>
        <translation>til et hentested</translation>
    </message>
    <message>
        <source>to the pickup point %1</source>
        <translation>til hentestedet %1</translation>
    </message>
    <message>
        <source>by courier (expedited) to the registered address</source>
        <translation>med bud (ekspress) til den registrerte adressen</translation>
    </message>
    <message>
        <source>Ordered %1, %2; leaves %3, arrives about %4</source>
        <translation>Bestilt %1, %2; sendes %3, kommer ca. %4</translation>
    </message>
    <message>
        <source>On its way %1 (ordered %2); arrives about %3</source>
        <translation>Underveis %1 (bestilt %2); kommer ca. %3</translation>
    </message>
    <message>
        <source>At the pickup point since %1 (ordered %2); activate it once the customer has it</source>
        <translation>På hentestedet siden %1 (bestilt %2); aktiver kortet når kunden har det</translation>
    </message>
    <message>
        <source>At the pickup point (ordered %1); activate it once the customer has it</source>
        <translation>På hentestedet (bestilt %1); aktiver kortet når kunden har det</translation>
    </message>
    <message>
        <source>Delivered %1 %2 (ordered %3); activate it once the customer has it</source>
        <translation>Levert %1 %2 (bestilt %3); aktiver kortet når kunden har det</translation>
    </message>
    <message>
        <source>Delivered %1 (ordered %2); activate it once the customer has it</source>
        <translation>Levert %1 (bestilt %2); aktiver kortet når kunden har det</translation>
    </message>
    <message>
        <source>Order a new card…</source>
        <translation>Bestill nytt kort…</translation>
    </message>
    <message>
        <source>Lock requested, not yet in effect — if the link stays down, ask the customer to lock the card in the app or call the card hotline.</source>
        <translation>Låsing bedt om, ikke i kraft ennå — hvis forbindelsen ikke kommer tilbake, be kunden låse kortet i appen eller ring kortsperren.</translation>
    </message>
    <message>
        <source>Closing requested, not yet in effect — if the link stays down, call the card hotline to block the card.</source>
        <translation>Stenging bedt om, ikke i kraft ennå — hvis forbindelsen ikke kommer tilbake, ring kortsperren for å sperre kortet.</translation>
    </message>
    <message>
        <source>Unlock requested, not yet in effect — the card stays locked until the server confirms it.</source>
        <translation>Opplåsing bedt om, ikke i kraft ennå — kortet forblir låst til serveren bekrefter det.</translation>
    </message>
    <message>
        <source>Change requested, not yet in effect — it is sent when the link to the server is back.</source>
        <translation>Endring bedt om, ikke i kraft ennå — den sendes når forbindelsen til serveren er tilbake.</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Inbox Actions</source>
        <translation>Handlinger i innboksen</translation>
    </message>
    <message>
        <source>Type an action…</source>
        <translation>Skriv en handling…</translation>
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
        <translation>Endringen kunne ikke lagres, og ingenting ble endret. Prøv igjen; hvis feilen vedvarer, si fra til teamlederen din.</translation>
    </message>
</context>
<context>
    <name>CommandRoute</name>
    <message>
        <source>The command %1 names several conversations; it is sent one conversation at a time (split it first).</source>
        <translation>Kommandoen %1 gjelder flere samtaler; den sendes én samtale om gangen (del den opp først).</translation>
    </message>
    <message>
        <source>The dispute does not name its transaction (subject %1).</source>
        <translation>Reklamasjonen oppgir ikke transaksjonen sin (objekt %1).</translation>
    </message>
    <message>
        <source>The command %1 is not sent to the server: in remote mode the server does this itself.</source>
        <translation>Kommandoen %1 sendes ikke til serveren: i fjernmodus gjør serveren det selv.</translation>
    </message>
    <message>
        <source>CardDesk does not know how to send a command of type %1 to the server.</source>
        <translation>CardDesk vet ikke hvordan en kommando av typen %1 sendes til serveren.</translation>
    </message>
    <message>
        <source>The command %1 has the subject %2; it needs a %3.</source>
        <translation>Kommandoen %1 har objektet %2; den trenger et %3.</translation>
    </message>
    <message>
        <source>The command %1 cannot be sent: the request needs the %2, which neither the command nor the cache gave.</source>
        <translation>Kommandoen %1 kan ikke sendes: forespørselen trenger %2, som verken kommandoen eller hurtigbufferen ga.</translation>
    </message>
    <message>
        <source>The command %1 cannot be sent: it does not say which version it changes (expectedVersion).</source>
        <translation>Kommandoen %1 kan ikke sendes: den oppgir ikke hvilken versjon den endrer (expectedVersion).</translation>
    </message>
    <message>
        <source>The command %1 cannot be sent: it needs the version of %2 the agent saw.</source>
        <translation>Kommandoen %1 kan ikke sendes: den trenger versjonen av %2 som saksbehandleren så.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Fill in before sending: %1</source>
        <translation>Fyll ut før sending: %1</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Skriv notatet først.</translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation>Skriv svaret først.</translation>
    </message>
    <message>
        <source>Card Number in the Text</source>
        <translation>Kortnummer i teksten</translation>
    </message>
    <message>
        <source>This note contains a card number. Card numbers are never stored in full.</source>
        <translation>Notatet inneholder et kortnummer. Kortnumre lagres aldri i sin helhet.</translation>
    </message>
    <message>
        <source>This reply contains a card number. Card numbers are never sent or stored in full.</source>
        <translation>Svaret inneholder et kortnummer. Kortnumre blir aldri sendt eller lagret i sin helhet.</translation>
    </message>
    <message>
        <source>Mask it to the first six and last four digits and send, or go back and edit the text.</source>
        <translation>Masker det til de seks første og fire siste sifrene og send, eller gå tilbake og rediger teksten.</translation>
    </message>
    <message>
        <source>Mask It and Send</source>
        <translation>Masker og send</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Endre</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Reply to the customer by %1 (R)</source>
        <translation>Svar kunden via %1 (R)</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Internt notat</translation>
    </message>
    <message>
        <source>A note only agents see (N)</source>
        <translation>Et notat som bare saksbehandlere ser (N)</translation>
    </message>
    <message>
        <source>Macros</source>
        <translation>Svarmaler</translation>
    </message>
    <message>
        <source>Insert a macro (Ctrl+M, or / at the start of a line)</source>
        <translation>Sett inn en svarmal (Ctrl+M, eller / først på en linje)</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Legg til notat</translation>
    </message>
    <message>
        <source>Send Reply</source>
        <translation>Send svar</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Internal note — only agents see this.</source>
        <translation>Internt notat — bare saksbehandlere ser dette.</translation>
    </message>
    <message>
        <source>Phone conversations are answered by phone: Ctrl+L logs a call. Notes are never shown to the customer.</source>
        <translation>Telefonsamtaler besvares på telefon: Ctrl+L registrerer et anrop. Notater vises aldri for kunden.</translation>
    </message>
    <message>
        <source>Never shown to the customer. Ctrl+Enter adds the note.</source>
        <translation>Vises aldri for kunden. Ctrl+Enter legger til notatet.</translation>
    </message>
    <message>
        <source>Write a reply, or type / for a macro…</source>
        <translation>Skriv et svar, eller skriv / for en svarmal…</translation>
    </message>
    <message>
        <source>Goes to the customer by %1. Macros in %2. Ctrl+Enter sends.</source>
        <translation>Sendes til kunden via %1. Svarmaler på språk: %2. Ctrl+Enter sender.</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Offline since %1</source>
        <translation>Frakoblet siden %1</translation>
    </message>
    <message numerus="yes">
        <source>Offline since %1 · %n change(s) not yet sent</source>
        <translation>
            <numerusform>Frakoblet siden %1 · %n endring ikke sendt ennå</numerusform>
            <numerusform>Frakoblet siden %1 · %n endringer ikke sendt ennå</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 sent</source>
        <translation>Synkroniserer: %1 av %2 sendt</translation>
    </message>
    <message numerus="yes">
        <source>Online · sign in again to send %n change(s)</source>
        <translation>
            <numerusform>Tilkoblet · logg inn igjen for å sende %n endring</numerusform>
            <numerusform>Tilkoblet · logg inn igjen for å sende %n endringer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Online · %n change(s) waiting to be sent</source>
        <translation>
            <numerusform>Tilkoblet · %n endring venter på å bli sendt</numerusform>
            <numerusform>Tilkoblet · %n endringer venter på å bli sendt</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Tilkoblet</translation>
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
    <name>ControlsDialog</name>
    <message>
        <source>Online purchases (card not present)</source>
        <translation>Netthandel (kortet ikke til stede)</translation>
    </message>
    <message>
        <source>Purchases abroad</source>
        <translation>Kjøp i utlandet</translation>
    </message>
    <message>
        <source>Contactless payments</source>
        <translation>Kontaktløse betalinger</translation>
    </message>
    <message>
        <source>ATM withdrawals</source>
        <translation>Minibankuttak</translation>
    </message>
    <message>
        <source>Card controls of %1</source>
        <translation>Kortinnstillinger for %1</translation>
    </message>
    <message>
        <source>What the card may be used for. Switching one off takes effect at once; switching one on needs strong verification.</source>
        <translation>Hva kortet kan brukes til. Å slå av noe trer i kraft straks; å slå på noe krever sterk identifisering.</translation>
    </message>
    <message>
        <source>Save controls</source>
        <translation>Lagre innstillingene</translation>
    </message>
    <message>
        <source>Online off</source>
        <translation>Netthandel slått av</translation>
    </message>
    <message>
        <source>Abroad off</source>
        <translation>Utland slått av</translation>
    </message>
    <message>
        <source>Contactless off</source>
        <translation>Kontaktløst slått av</translation>
    </message>
    <message>
        <source>ATM off</source>
        <translation>Minibank slått av</translation>
    </message>
</context>
<context>
    <name>ConversationContextPanel</name>
    <message>
        <source>Open Customer</source>
        <translation>Åpne kunde</translation>
    </message>
    <message>
        <source>Open the full customer in Customers (Ctrl+Shift+C)</source>
        <translation>Åpne hele kundebildet i Kunder (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>The customer is shown here.</source>
        <translation>Kunden vises her.</translation>
    </message>
    <message>
        <source>Loading the customer…</source>
        <translation>Laster inn kunden…</translation>
    </message>
    <message>
        <source>Not matched to a customer. Check the sender before giving out any account details.</source>
        <translation>Ikke koblet til en kunde. Kontroller avsenderen før du gir ut kontoopplysninger.</translation>
    </message>
    <message>
        <source>The customer could not be loaded.</source>
        <translation>Kunden kunne ikke lastes inn.</translation>
    </message>
    <message>
        <source>Customer no. %1</source>
        <translation>Kundenr. %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Balance %1 of %2</source>
        <translation>Saldo %1 av %2</translation>
    </message>
    <message>
        <source>Due %1: %2 (%3)</source>
        <translation>Forfall %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Other conversations</source>
        <translation>Andre samtaler</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ingen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>Unassigned</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <source>Me</source>
        <comment>assigned to the signed-in agent</comment>
        <translation>Meg</translation>
    </message>
</context>
<context>
    <name>ConversationRepository</name>
    <message>
        <source>The conversations could not be read. Try again; if it keeps failing, restart CardDesk.</source>
        <translation>Samtalene kunne ikke leses. Prøv igjen; hvis feilen vedvarer, start CardDesk på nytt.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>Denne samtalen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>The conversation could not be opened: %1</source>
        <translation>Samtalen kunne ikke åpnes: %1</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Ingen meldinger ennå.</translation>
    </message>
    <message>
        <source>From the customer by %1</source>
        <translation>Fra kunden via %1</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Svar til kunden</translation>
    </message>
    <message>
        <source>Internal note — not visible to the customer</source>
        <translation>Internt notat — ikke synlig for kunden</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>ukjent type</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Lagre…</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(uten emne)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Tildelt meg</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Tildelt %1</translation>
    </message>
    <message>
        <source>SLA: %1</source>
        <translation>SLA: %1</translation>
    </message>
    <message>
        <source>The message was not stored.</source>
        <translation>Meldingen ble ikke lagret.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Notatet er lagt til.</translation>
    </message>
    <message>
        <source>Reply stored. Its delivery state is shown under it.</source>
        <translation>Svaret er lagret. Leveringsstatusen vises under svaret.</translation>
    </message>
    <message>
        <source>This link is not opened: “%1” is not a web or mail address.</source>
        <translation>Lenken åpnes ikke: «%1» er ikke en nett- eller e-postadresse.</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Åpne lenke</translation>
    </message>
    <message>
        <source>Open this address in the web browser?</source>
        <translation>Vil du åpne denne adressen i nettleseren?</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Åpne i nettleser</translation>
    </message>
    <message>
        <source>The attachment “%1” is not in the attachment store.</source>
        <translation>Vedlegget «%1» finnes ikke i vedleggslageret.</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Lagre vedlegg</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>Kunne ikke skrive «%1».</translation>
    </message>
    <message>
        <source>No program is set up to open “%1”.</source>
        <translation>Det finnes ikke noe program som kan åpne «%1».</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Lagret i %1.</translation>
    </message>
    <message>
        <source>Choose a conversation from the list.
J and K move down and up, R replies, N adds a note, Ctrl+K lists every action.</source>
        <translation>Velg en samtale fra listen.
J og K flytter ned og opp, R svarer, N legger til et notat, Ctrl+K viser alle handlinger.</translation>
    </message>
    <message>
        <source>Suggested topic: %1 (%2 %)</source>
        <translation>Foreslått tema: %1 (%2 %)</translation>
    </message>
    <message>
        <source>Reply with “%1” (Ctrl+M)</source>
        <translation>Svar med «%1» (Ctrl+M)</translation>
    </message>
    <message>
        <source>A suggestion from the local topic classifier; check it before you use it.</source>
        <translation>Et forslag fra den lokale temaklassifisereren; kontroller det før du bruker det.</translation>
    </message>
    <message numerus="yes">
        <source>Show the %n earlier message(s)</source>
        <translation>
            <numerusform>Vis den tidligere meldingen</numerusform>
            <numerusform>Vis de %n tidligere meldingene</numerusform>
        </translation>
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
    <message>
        <source>Unfinished card workflow: card %2 %1, started by %3 at %4, last saved by %5.</source>
        <translation>Uferdig kortarbeidsflyt: kort %2 er %1, startet av %3 (%4), sist lagret av %5.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Gjenoppta</translation>
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
    <message>
        <source>Ordered</source>
        <comment>card status</comment>
        <translation>Bestilt</translation>
    </message>
    <message>
        <source>Shipped</source>
        <comment>card status</comment>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Delivered</source>
        <comment>card status</comment>
        <translation>Levert</translation>
    </message>
    <message>
        <source>Undeliverable</source>
        <comment>card status reason</comment>
        <translation>Kunne ikke leveres</translation>
    </message>
    <message>
        <source>lost</source>
        <comment>card workflow situation</comment>
        <translation>mistet</translation>
    </message>
    <message>
        <source>stolen</source>
        <comment>card workflow situation</comment>
        <translation>stjålet</translation>
    </message>
    <message>
        <source>damaged</source>
        <comment>card workflow situation</comment>
        <translation>skadet</translation>
    </message>
    <message>
        <source>compromised</source>
        <comment>card workflow situation</comment>
        <translation>kompromittert</translation>
    </message>
</context>
<context>
    <name>DisputeReasons</name>
    <message>
        <source>Confirm that the customer declares they neither made nor allowed this purchase.</source>
        <translation>Bekreft at kunden erklærer å verken ha gjort eller godkjent dette kjøpet.</translation>
    </message>
    <message>
        <source>Choose the purchase this one duplicates.</source>
        <translation>Velg kjøpet som dette er en dublett av.</translation>
    </message>
    <message>
        <source>Enter the amount on the receipt; it must be less than the amount charged.</source>
        <translation>Skriv inn beløpet på kvitteringen; det må være lavere enn det belastede beløpet.</translation>
    </message>
    <message>
        <source>Enter when the goods or service should have arrived (a date in the past).</source>
        <translation>Skriv inn når varen eller tjenesten skulle ha kommet (en dato tilbake i tid).</translation>
    </message>
    <message>
        <source>The customer must have contacted the merchant first; confirm that they did.</source>
        <translation>Kunden må ha kontaktet brukerstedet først; bekreft at kunden har gjort det.</translation>
    </message>
    <message>
        <source>Enter when the customer cancelled the subscription (on or before the charge).</source>
        <translation>Skriv inn når kunden sa opp abonnementet (samme dag som belastningen eller før).</translation>
    </message>
    <message>
        <source>The dispute&apos;s evidence is incomplete.</source>
        <translation>Dokumentasjonen for reklamasjonen er ufullstendig.</translation>
    </message>
</context>
<context>
    <name>DrillDownModel</name>
    <message>
        <source>Unassigned</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Ukjent avsender</translation>
    </message>
    <message>
        <source>Came in</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Assignee (user name)</source>
        <translation>Tildelt (brukernavn)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kø</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <source>Age</source>
        <comment>how long ago the conversation came in</comment>
        <translation>Alder</translation>
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
        <translation>Meldingen har mer enn %1 deler; bare de første %1 ble lest.</translation>
    </message>
    <message>
        <source>Parts nested deeper than %1 levels were skipped.</source>
        <translation>Deler som ligger dypere enn %1 nivåer, ble hoppet over.</translation>
    </message>
    <message>
        <source>The text is in an unknown character set (%1); it was read as UTF-8 or Windows-1252.</source>
        <translation>Teksten har et ukjent tegnsett (%1); den ble lest som UTF-8 eller Windows-1252.</translation>
    </message>
    <message>
        <source>A very long message body was cut to its first %1 characters.</source>
        <translation>En svært lang meldingstekst ble kortet ned til de første %1 tegnene.</translation>
    </message>
    <message>
        <source>A part of the message could not be read and was skipped.</source>
        <translation>En del av meldingen kunne ikke leses og ble hoppet over.</translation>
    </message>
    <message>
        <source>The attachment %1 claims to be %2 but its content is %3; it is treated as %3.</source>
        <translation>Vedlegget %1 oppgir å være %2, men innholdet er %3; det behandles som %3.</translation>
    </message>
    <message>
        <source>The attachment %1 has no content type; its content is %2.</source>
        <translation>Vedlegget %1 har ingen innholdstype; innholdet er %2.</translation>
    </message>
    <message>
        <source>The attachment %1 was not stored: %2</source>
        <translation>Vedlegget %1 ble ikke lagret: %2</translation>
    </message>
    <message>
        <source>An attached message could not be saved.</source>
        <translation>En vedlagt melding kunne ikke lagres.</translation>
    </message>
    <message numerus="yes">
        <source>%n card number(s) in the message were masked.</source>
        <translation>
            <numerusform>%n kortnummer i meldingen ble maskert.</numerusform>
            <numerusform>%n kortnumre i meldingen ble maskert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not an email message.</source>
        <translation>Filen er ikke en e-postmelding.</translation>
    </message>
    <message>
        <source>The file is not an email message: it has none of the headers of one.</source>
        <translation>Filen er ikke en e-postmelding: den har ingen av hodefeltene en e-post har.</translation>
    </message>
    <message>
        <source>The message has no sender address.</source>
        <translation>Meldingen har ingen avsenderadresse.</translation>
    </message>
    <message>
        <source>The subject was cut to its first %1 characters.</source>
        <translation>Emnet ble kortet ned til de første %1 tegnene.</translation>
    </message>
    <message>
        <source>The message&apos;s date could not be read; the file&apos;s time is used.</source>
        <translation>Meldingens dato kunne ikke leses; filens tidspunkt brukes.</translation>
    </message>
    <message>
        <source>The message has no date; the file&apos;s time is used.</source>
        <translation>Meldingen har ingen dato; filens tidspunkt brukes.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened: %2</source>
        <translation>Filen %1 kunne ikke åpnes: %2</translation>
    </message>
    <message>
        <source>The message is larger than the limit of %1 MB and was not imported.</source>
        <translation>Meldingen er større enn grensen på %1 MB og ble ikke importert.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <source>The message&apos;s headers are larger than %1 MB; it was not imported.</source>
        <translation>Meldingens hodefelt er større enn %1 MB; den ble ikke importert.</translation>
    </message>
    <message>
        <source>The message has too many nested parts to be read safely and was not imported.</source>
        <translation>Meldingen har for mange nestede deler til å kunne leses trygt og ble ikke importert.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>Filen %1 kunne ikke åpnes.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Meldingen er tom.</translation>
    </message>
</context>
<context>
    <name>ExportSaver</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <source>The image could not be encoded.</source>
        <translation>Bildet kunne ikke kodes.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
</context>
<context>
    <name>ExportableSection</name>
    <message>
        <source>Saved %1.</source>
        <translation>Lagret %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Kunne ikke lagre %1: %2</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksporter CSV…</translation>
    </message>
    <message>
        <source>Save this table as a CSV file for a spreadsheet</source>
        <translation>Lagre tabellen som en CSV-fil for regneark</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>Lagre PNG…</translation>
    </message>
    <message>
        <source>Save this chart as an image</source>
        <translation>Lagre diagrammet som et bilde</translation>
    </message>
</context>
<context>
    <name>InboxNavigation</name>
    <message>
        <source>Due soon or breached: %1 due within the hour, %2 already past their SLA</source>
        <translation>Forfaller snart eller forsinket: %1 forfaller innen en time, %2 har allerede passert SLA-fristen</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanaler</translation>
    </message>
    <message>
        <source>My open</source>
        <translation>Mine åpne</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Alle åpne</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Forfaller snart</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Varsler</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message>
        <source>Moved to the %1 queue.</source>
        <translation>Flyttet til køen %1.</translation>
    </message>
    <message>
        <source>Topic added.</source>
        <translation>Temaet er lagt til.</translation>
    </message>
    <message>
        <source>The change was not made.</source>
        <translation>Endringen ble ikke utført.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) resolved.</source>
        <translation>
            <numerusform>%n samtale er løst.</numerusform>
            <numerusform>%n samtaler er løst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned to you.</source>
        <translation>Tildelt deg.</translation>
    </message>
    <message>
        <source>Assign to Agent</source>
        <translation>Tildel saksbehandler</translation>
    </message>
    <message>
        <source>Agent&apos;s user name (empty to unassign):</source>
        <translation>Saksbehandlerens brukernavn (tomt for å fjerne tildelingen):</translation>
    </message>
    <message>
        <source>Unassigned.</source>
        <translation>Tildelingen er fjernet.</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>Tildelt %1.</translation>
    </message>
    <message>
        <source>Move to Queue</source>
        <translation>Flytt til kø</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>Kø:</translation>
    </message>
    <message>
        <source>Add Topic</source>
        <translation>Legg til tema</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Priority set to urgent.</source>
        <translation>Prioritet satt til haster.</translation>
    </message>
    <message>
        <source>Priority set to normal.</source>
        <translation>Prioritet satt til normal.</translation>
    </message>
    <message>
        <source>Waiting for the customer.</source>
        <translation>Venter på kunden.</translation>
    </message>
    <message>
        <source>Put on hold.</source>
        <translation>Satt på vent.</translation>
    </message>
    <message>
        <source>Reopened.</source>
        <translation>Gjenåpnet.</translation>
    </message>
    <message>
        <source>Call logged.</source>
        <translation>Anropet er registrert.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Alle kanaler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Alle prioriteter</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kø</translation>
    </message>
    <message>
        <source>Any queue</source>
        <translation>Alle køer</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>Alle temaer</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Meg</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Tildelt meg</translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <translation>Filtrert: %1</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter (%1)</source>
        <translation>Filter (%1)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
    </message>
    <message>
        <source>No conversations in this view.</source>
        <translation>Ingen samtaler i denne visningen.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Ingenting samsvarer med «%1».</translation>
    </message>
    <message>
        <source>Could not load the list: %1</source>
        <translation>Kunne ikke laste inn listen: %1</translation>
    </message>
    <message>
        <source>Showing %1, more below</source>
        <translation>Viser %1, flere nedenfor</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n samtale</numerusform>
            <numerusform>%n samtaler</numerusform>
        </translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Innboks</translation>
    </message>
    <message>
        <source>Search messages and subjects ( / )</source>
        <translation>Søk i meldinger og emner ( / )</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tøm</translation>
    </message>
    <message>
        <source>SLA due first</source>
        <translation>Nærmeste SLA-frist først</translation>
    </message>
    <message>
        <source>Latest activity</source>
        <translation>Siste aktivitet</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Neste samtale</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Forrige samtale</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Add internal note</source>
        <translation>Legg til internt notat</translation>
    </message>
    <message>
        <source>Close (resolve)</source>
        <translation>Avslutt (løs)</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Tildel meg</translation>
    </message>
    <message>
        <source>Assign to agent…</source>
        <translation>Tildel saksbehandler…</translation>
    </message>
    <message>
        <source>Move to queue…</source>
        <translation>Flytt til kø…</translation>
    </message>
    <message>
        <source>Add topic…</source>
        <translation>Legg til tema…</translation>
    </message>
    <message>
        <source>Set priority: urgent</source>
        <translation>Sett prioritet: haster</translation>
    </message>
    <message>
        <source>Set priority: normal</source>
        <translation>Sett prioritet: normal</translation>
    </message>
    <message>
        <source>Wait for the customer</source>
        <translation>Vent på kunden</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>Sett på vent</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Gjenåpne</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Søk i samtaler</translation>
    </message>
    <message>
        <source>Insert macro</source>
        <translation>Sett inn svarmal</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Registrer anrop</translation>
    </message>
    <message>
        <source>Open the customer in Customers</source>
        <translation>Åpne kunden i Kunder</translation>
    </message>
    <message>
        <source>Show all actions</source>
        <translation>Vis alle handlinger</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Last inn på nytt</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n email file(s)…</source>
        <translation>
            <numerusform>Importerer %n e-postfil…</numerusform>
            <numerusform>Importerer %n e-postfiler…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) imported</source>
        <translation>
            <numerusform>%n melding importert</numerusform>
            <numerusform>%n meldinger importert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the inbox, not imported again</source>
        <translation>
            <numerusform>%n lå allerede i innboksen og ble ikke importert igjen</numerusform>
            <numerusform>%n lå allerede i innboksen og ble ikke importert igjen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Ikke importert: %1</translation>
    </message>
    <message>
        <source>Hide the customer panel</source>
        <translation>Skjul kundepanelet</translation>
    </message>
    <message>
        <source>Show the customer panel</source>
        <translation>Vis kundepanelet</translation>
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
            <numerusform>%n t</numerusform>
            <numerusform>%n t</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration</comment>
        <translation>%1 t %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>duration in days</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
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
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Nettskjema</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Sosiale medier</translation>
    </message>
    <message>
        <source>App message</source>
        <translation>Appmelding</translation>
    </message>
    <message>
        <source>Alert</source>
        <comment>a conversation raised by a fraud rule</comment>
        <translation>Varsel</translation>
    </message>
    <message>
        <source>New</source>
        <comment>conversation status</comment>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>conversation status</comment>
        <translation>Åpen</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Venter på kunden</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>På vent</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>conversation status</comment>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>priority</comment>
        <translation>Lav</translation>
    </message>
    <message>
        <source>Normal</source>
        <comment>priority</comment>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <comment>priority</comment>
        <translation>Høy</translation>
    </message>
    <message>
        <source>Urgent</source>
        <comment>priority</comment>
        <translation>Haster</translation>
    </message>
    <message>
        <source>Lost or stolen card</source>
        <translation>Mistet eller stjålet kort</translation>
    </message>
    <message>
        <source>Card not received</source>
        <translation>Kort ikke mottatt</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Invoice and due date</source>
        <translation>Faktura og forfallsdato</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Kredittgrense</translation>
    </message>
    <message>
        <source>Disputed purchase</source>
        <translation>Reklamasjon på kjøp</translation>
    </message>
    <message>
        <source>Benefits and campaigns</source>
        <translation>Fordeler og kampanjer</translation>
    </message>
    <message>
        <source>Address change</source>
        <translation>Adresseendring</translation>
    </message>
    <message>
        <source>Online payment security</source>
        <translation>Sikkerhet ved netthandel</translation>
    </message>
    <message>
        <source>Suspected phishing</source>
        <translation>Mistanke om phishing</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>topic</comment>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Cards</source>
        <comment>queue</comment>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Billing</source>
        <comment>queue</comment>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Fraud</source>
        <comment>queue</comment>
        <translation>Svindel</translation>
    </message>
    <message>
        <source>General</source>
        <comment>queue</comment>
        <translation>Generelt</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Queued — local mode, not sent to the customer&apos;s channel</source>
        <translation>I kø — lokal modus, ikke sendt til kundens kanal</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Levert</translation>
    </message>
    <message>
        <source>Not delivered — the channel refused it</source>
        <translation>Ikke levert — kanalen avviste det</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <comment>SLA</comment>
        <translation>%1 forsinket</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>SLA</comment>
        <translation>%1 igjen</translation>
    </message>
</context>
<context>
    <name>IntentClassifier</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Linje %1: %2</translation>
    </message>
    <message>
        <source>expected language, topic and text separated by tabs</source>
        <translation>forventet språk, tema og tekst atskilt med tabulatorer</translation>
    </message>
    <message>
        <source>unknown topic &quot;%1&quot;</source>
        <translation>ukjent tema &quot;%1&quot;</translation>
    </message>
    <message>
        <source>empty language or text</source>
        <translation>tomt språk eller tom tekst</translation>
    </message>
    <message>
        <source>Cannot open the classifier&apos;s training data: %1</source>
        <translation>Kan ikke åpne klassifikatorens treningsdata: %1</translation>
    </message>
    <message>
        <source>The classifier&apos;s training data is empty.</source>
        <translation>Klassifikatorens treningsdata er tomme.</translation>
    </message>
</context>
<context>
    <name>LimitsDialog</name>
    <message>
        <source>Spending limits of %1</source>
        <translation>Beløpsgrenser for %1</translation>
    </message>
    <message>
        <source>Limits in %1, the account&apos;s currency. Leave a field empty for no limit. Lowering a limit takes effect at once; raising or removing one needs strong verification.</source>
        <translation>Grenser i %1, kontoens valuta. La et felt stå tomt for ingen grense. Å senke en grense trer i kraft straks; å heve eller fjerne en grense krever sterk identifisering.</translation>
    </message>
    <message>
        <source>Per purchase:</source>
        <translation>Per kjøp:</translation>
    </message>
    <message>
        <source>the per-purchase limit</source>
        <translation>grensen per kjøp</translation>
    </message>
    <message>
        <source>Per day:</source>
        <translation>Per dag:</translation>
    </message>
    <message>
        <source>the daily limit</source>
        <translation>dagsgrensen</translation>
    </message>
    <message>
        <source>Cash per day:</source>
        <translation>Kontanter per dag:</translation>
    </message>
    <message>
        <source>the daily cash limit</source>
        <translation>dagsgrensen for kontanter</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Ingen grense</translation>
    </message>
    <message>
        <source>Save limits</source>
        <translation>Lagre grensene</translation>
    </message>
    <message>
        <source>Write %1 as an amount in %2, for example 500 or 1250.50 (at most %3), or leave it empty for no limit.</source>
        <translation>Skriv %1 som et beløp i %2, for eksempel 500 eller 1250,50 (høyst %3), eller la feltet stå tomt for ingen grense.</translation>
    </message>
    <message>
        <source>Per-purchase limit</source>
        <translation>Grense per kjøp</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>Dagsgrense</translation>
    </message>
    <message>
        <source>Daily cash limit</source>
        <translation>Kontantgrense per dag</translation>
    </message>
</context>
<context>
    <name>LocalAlertService</name>
    <message>
        <source>The change could not be saved, and nothing was changed. Try again.</source>
        <translation>Endringen kunne ikke lagres, og ingenting ble endret. Prøv igjen.</translation>
    </message>
    <message>
        <source>a transaction has no valid time</source>
        <translation>en transaksjon har ikke et gyldig tidspunkt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter currency code</source>
        <translation>&quot;%1&quot; er ikke en valutakode på tre bokstaver</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a four-digit merchant category code</source>
        <translation>&quot;%1&quot; er ikke en firesifret brukerstedskategorikode</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code</source>
        <translation>&quot;%1&quot; er ikke en landskode på to bokstaver</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entry mode (chip, contactless, online, atm)</source>
        <translation>&quot;%1&quot; er ikke en betalingsmåte (chip, contactless, online, atm)</translation>
    </message>
    <message>
        <source>a transaction has no merchant</source>
        <translation>en transaksjon mangler brukersted</translation>
    </message>
    <message>
        <source>There are no transactions to screen.</source>
        <translation>Det finnes ingen transaksjoner å kontrollere.</translation>
    </message>
    <message>
        <source>At most %1 transactions can be screened at once; %2 were given.</source>
        <translation>Høyst %1 transaksjoner kan kontrolleres samtidig; %2 ble oppgitt.</translation>
    </message>
    <message>
        <source>The transactions were not screened: %1.</source>
        <translation>Transaksjonene ble ikke kontrollert: %1.</translation>
    </message>
    <message>
        <source>The fraud rules could not be loaded (%1); nothing was screened.</source>
        <translation>Svindelreglene kunne ikke lastes inn (%1); ingenting ble kontrollert.</translation>
    </message>
    <message>
        <source>There is no card %1.</source>
        <translation>Det finnes ikke noe kort %1.</translation>
    </message>
    <message>
        <source>Transaction %1 is not of the card %2.</source>
        <translation>Transaksjon %1 tilhører ikke kortet %2.</translation>
    </message>
    <message>
        <source>Some of the transactions to screen do not exist.</source>
        <translation>Noen av transaksjonene som skal kontrolleres, finnes ikke.</translation>
    </message>
    <message>
        <source>These transactions were screened before; alert %1 names them.</source>
        <translation>Disse transaksjonene er kontrollert før; varsel %1 gjelder dem.</translation>
    </message>
    <message numerus="yes">
        <source>Screened %n transaction(s): nothing suspicious.</source>
        <translation>
            <numerusform>Kontrollerte %n transaksjon: ingenting mistenkelig.</numerusform>
            <numerusform>Kontrollerte %n transaksjoner: ingenting mistenkelig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert raised: %1.</source>
        <translation>Varsel opprettet: %1.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Databasen er ikke åpen.</translation>
    </message>
    <message>
        <source>The alert could not be read. Try again.</source>
        <translation>Varselet kunne ikke leses. Prøv igjen.</translation>
    </message>
    <message>
        <source>The alert&apos;s transactions could not be read. Try again.</source>
        <translation>Varselets transaksjoner kunne ikke leses. Prøv igjen.</translation>
    </message>
    <message>
        <source>Say how the customer confirmed the transactions: a note is required.</source>
        <translation>Oppgi hvordan kunden bekreftet transaksjonene: et notat er påkrevd.</translation>
    </message>
    <message>
        <source>The note is too long (%1 characters; at most %2).</source>
        <translation>Notatet er for langt (%1 tegn; høyst %2).</translation>
    </message>
    <message>
        <source>This note contains a full card number. Card numbers are never stored: mask it (first six and last four digits at most) and save again.</source>
        <translation>Notatet inneholder et fullstendig kortnummer. Kortnumre lagres aldri: masker det (høyst de seks første og fire siste sifrene) og lagre på nytt.</translation>
    </message>
    <message>
        <source>There is no alert %1.</source>
        <translation>Det finnes ikke noe varsel %1.</translation>
    </message>
    <message>
        <source>This alert was already decided: %1 by %2 at %3.</source>
        <translation>Varselet er allerede avgjort som %1 av %2 (%3).</translation>
    </message>
    <message>
        <source>genuine</source>
        <translation>legitimt</translation>
    </message>
    <message>
        <source>fraud</source>
        <translation>svindel</translation>
    </message>
    <message>
        <source>Another agent decided this alert at the same moment. Reload it.</source>
        <translation>En annen saksbehandler avgjorde dette varselet i samme øyeblikk. Last det inn på nytt.</translation>
    </message>
    <message>
        <source>Alert closed as genuine.</source>
        <translation>Varselet er avsluttet som legitimt.</translation>
    </message>
    <message>
        <source>Fraud recorded. Lock the card and go through the compromised-card steps.</source>
        <translation>Svindel er registrert. Lås kortet og gå gjennom trinnene for kompromittert kort.</translation>
    </message>
</context>
<context>
    <name>LocalAuditService</name>
    <message>
        <source>There is no customer %1.</source>
        <translation>Det finnes ingen kunde %1.</translation>
    </message>
    <message>
        <source>Customer %1 has no card ending in %2.</source>
        <translation>Kunde %1 har ikke noe kort som slutter på %2.</translation>
    </message>
    <message>
        <source>No card ends in %1.</source>
        <translation>Ingen kort slutter på %1.</translation>
    </message>
    <message>
        <source>There is no card #%1.</source>
        <translation>Det finnes ikke noe kort #%1.</translation>
    </message>
    <message>
        <source>The audit log is for supervisors. Ask a supervisor if you need to know who did what.</source>
        <translation>Revisjonsloggen er for ledere. Spør en leder hvis du trenger å vite hvem som gjorde hva.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Databasen er ikke åpen.</translation>
    </message>
    <message>
        <source>The audit log could not be read. Try again; if it keeps failing, tell IT support.</source>
        <translation>Revisjonsloggen kunne ikke leses. Prøv igjen; hvis feilen vedvarer, kontakt IT-brukerstøtte.</translation>
    </message>
    <message>
        <source>There is no agent with a name that long.</source>
        <translation>Det finnes ingen saksbehandler med så langt navn.</translation>
    </message>
    <message>
        <source>A customer number has digits only, such as 100000042.</source>
        <translation>Et kundenummer består bare av sifre, for eksempel 100000042.</translation>
    </message>
    <message>
        <source>Enter a card&apos;s last four digits, such as 1234, or its id, such as #45. Never enter a full card number.</source>
        <translation>Oppgi kortets fire siste sifre, for eksempel 1234, eller ID-en, for eksempel #45. Oppgi aldri et fullt kortnummer.</translation>
    </message>
    <message>
        <source>An action looks like card.lock, or card. for every card action.</source>
        <translation>En handling ser ut som card.lock, eller card. for alle korthandlinger.</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>Den første dagen er etter den siste dagen.</translation>
    </message>
    <message>
        <source>Entry %1 was altered after it was written: its content no longer matches its hash.</source>
        <translation>Oppføring %1 er endret etter at den ble skrevet: innholdet stemmer ikke lenger med hashen.</translation>
    </message>
    <message>
        <source>Entry %1 is missing: it was removed from the log.</source>
        <translation>Oppføring %1 mangler: den er fjernet fra loggen.</translation>
    </message>
    <message>
        <source>Entry %1 is out of order: the entries were rearranged.</source>
        <translation>Oppføring %1 står i feil rekkefølge: oppføringene er flyttet om.</translation>
    </message>
    <message>
        <source>Entry %1 does not link to the entry before it: one of the two was altered.</source>
        <translation>Oppføring %1 lenker ikke til oppføringen før: en av de to er endret.</translation>
    </message>
    <message numerus="yes">
        <source>The chain is broken. %1 The %Ln entries before it are intact.</source>
        <translation>
            <numerusform>Kjeden er brutt. %1 Den %Ln oppføringen før er intakt.</numerusform>
            <numerusform>Kjeden er brutt. %1 De %Ln oppføringene før er intakte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: all %Ln entries are as they were written.</source>
        <translation>
            <numerusform>Kjeden er intakt: %Ln oppføring er slik den ble skrevet.</numerusform>
            <numerusform>Kjeden er intakt: alle %Ln oppføringer er slik de ble skrevet.</numerusform>
        </translation>
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
    <message>
        <source>The demo inbox could not be created: %1</source>
        <translation>Demoinnboksen kunne ikke opprettes: %1</translation>
    </message>
    <message>
        <source>There is no agent called %1 in this database.</source>
        <translation>Det finnes ingen saksbehandler som heter %1 i denne databasen.</translation>
    </message>
</context>
<context>
    <name>LocalCardService</name>
    <message>
        <source>ordered</source>
        <translation>bestilt</translation>
    </message>
    <message>
        <source>on its way</source>
        <translation>underveis</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>levert</translation>
    </message>
    <message>
        <source>not activated</source>
        <translation>ikke aktivert</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktivt</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>låst</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stengt</translation>
    </message>
    <message>
        <source>The verification could not be recorded: %1</source>
        <translation>Identifiseringen kunne ikke registreres: %1</translation>
    </message>
    <message>
        <source>Verification recorded.</source>
        <translation>Identifiseringen er registrert.</translation>
    </message>
    <message>
        <source>Failed verification recorded.</source>
        <translation>Mislykket identifisering er registrert.</translation>
    </message>
    <message>
        <source>There is no card %1.</source>
        <translation>Det finnes ikke noe kort %1.</translation>
    </message>
    <message>
        <source>The card %1 was changed while you were looking at it: %2 made it %3 at %4. Check the card again before you act.</source>
        <translation>Kortet %1 ble endret mens du så på det: %2 gjorde det %3 %4. Sjekk kortet igjen før du fortsetter.</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>systemet</translation>
    </message>
    <message>
        <source>The card %1 was changed while you were looking at it; it is now %2. Check the card again before you act.</source>
        <translation>Kortet %1 ble endret mens du så på det; det er nå %2. Sjekk kortet igjen før du fortsetter.</translation>
    </message>
    <message>
        <source>Verify the caller strongly first (bank ID or the app): this action needs it. Nothing was changed.</source>
        <translation>Identifiser innringeren sterkt først (BankID eller appen): denne handlingen krever det. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>Identify the card with the caller first. Nothing was changed.</source>
        <translation>Identifiser kortet sammen med innringeren først. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>The card %1 is %2; it cannot become %3. Nothing was changed.</source>
        <translation>Kortet %1 er %2 og kan ikke bli %3. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>The card %1 was changed at the same moment. Check it again.</source>
        <translation>Kortet %1 ble endret i samme øyeblikk. Sjekk det igjen.</translation>
    </message>
    <message>
        <source>The card could not be changed: %1</source>
        <translation>Kortet kunne ikke endres: %1</translation>
    </message>
    <message>
        <source>The card %1 is now %2.</source>
        <translation>Kortet %1 er nå %2.</translation>
    </message>
    <message>
        <source>Activate a card only when the customer confirms they have it in hand. Nothing was changed.</source>
        <translation>Aktiver kortet først når kunden bekrefter at de har det i hånden. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>The card controls of %1 are saved.</source>
        <translation>Kortinnstillingene for %1 er lagret.</translation>
    </message>
    <message>
        <source>A card closed at the customer&apos;s request is not replaced. Nothing was ordered.</source>
        <translation>Et kort som er stengt etter kundens ønske erstattes ikke. Ingenting ble bestilt.</translation>
    </message>
    <message>
        <source>Choose the pickup point first. Nothing was ordered.</source>
        <translation>Velg hentested først. Ingenting ble bestilt.</translation>
    </message>
    <message>
        <source>The card %1 already has a replacement (•••• %2). Nothing was ordered again.</source>
        <translation>Kortet %1 har allerede et erstatningskort (•••• %2). Ingenting ble bestilt på nytt.</translation>
    </message>
    <message>
        <source>The card %1 was closed as %2; replace it for that reason.</source>
        <translation>Kortet %1 ble stengt som %2; erstatt det av den grunnen.</translation>
    </message>
    <message>
        <source>closed for a replacement</source>
        <translation>stengt for et erstatningskort</translation>
    </message>
    <message>
        <source>The replacement could not be ordered: %1</source>
        <translation>Erstatningskortet kunne ikke bestilles: %1</translation>
    </message>
    <message>
        <source>A new card •••• %1 is ordered; %2 is closed.</source>
        <translation>Et nytt kort •••• %1 er bestilt; %2 er stengt.</translation>
    </message>
    <message>
        <source>A new card with the same number is ordered; %1 works until it is activated.</source>
        <translation>Et nytt kort med samme nummer er bestilt; %1 virker til det nye aktiveres.</translation>
    </message>
    <message>
        <source>The card %1 is closed; it has no PIN to reset.</source>
        <translation>Kortet %1 er stengt; det har ingen PIN-kode å endre.</translation>
    </message>
    <message>
        <source>A PIN letter for %1 goes to the registered address.</source>
        <translation>Et PIN-brev for %1 sendes til den registrerte adressen.</translation>
    </message>
    <message>
        <source>The customer can see the new PIN of %1 in the app.</source>
        <translation>Kunden ser den nye PIN-koden for %1 i appen.</translation>
    </message>
    <message>
        <source>The card %1 is %2: it has reached the customer.</source>
        <translation>Kortet %1 er %2: det har nådd kunden.</translation>
    </message>
    <message>
        <source>not received by the customer</source>
        <translation>kom aldri frem til kunden</translation>
    </message>
    <message>
        <source>The card %1 is closed and the address is flagged. Confirm the address with the customer, then order a replacement.</source>
        <translation>Kortet %1 er stengt og adressen flagget. Bekreft adressen med kunden, og bestill deretter et erstatningskort.</translation>
    </message>
    <message>
        <source>The spending limits of %1 are saved.</source>
        <translation>Beløpsgrensene for %1 er lagret.</translation>
    </message>
    <message>
        <source>The address flag could not be cleared: %1</source>
        <translation>Adresseflagget kunne ikke fjernes: %1</translation>
    </message>
    <message>
        <source>The address is not flagged (any more). Nothing was changed.</source>
        <translation>Adressen er ikke (lenger) flagget. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>The address is confirmed and no longer flagged.</source>
        <translation>Adressen er bekreftet og ikke lenger flagget.</translation>
    </message>
    <message>
        <source>There is no card %1 for this customer.</source>
        <translation>Kunden har ikke noe kort %1.</translation>
    </message>
    <message>
        <source>%1 started a workflow for the card %2 at %3. Resume it instead of starting another.</source>
        <translation>%1 startet en arbeidsflyt for kortet %2 (%3). Gjenoppta den i stedet for å starte en ny.</translation>
    </message>
    <message>
        <source>The card %1 is %2. This workflow is for a card the customer has had in use; for a card on its way, use Card not received.</source>
        <translation>Kortet %1 er %2. Denne arbeidsflyten gjelder et kort kunden har tatt i bruk; for et kort som er underveis, bruk Kort ikke mottatt.</translation>
    </message>
    <message>
        <source>The workflow could not be saved: %1</source>
        <translation>Arbeidsflyten kunne ikke lagres: %1</translation>
    </message>
    <message>
        <source>Workflow started for the card %1.</source>
        <translation>Arbeidsflyt startet for kortet %1.</translation>
    </message>
    <message>
        <source>There is no workflow %1.</source>
        <translation>Det finnes ingen arbeidsflyt %1.</translation>
    </message>
    <message>
        <source>This workflow was %1 by %2 at %3; nothing more can be saved in it.</source>
        <translation>Denne arbeidsflyten ble %1 av %2 (%3); ingenting mer kan lagres i den.</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>fullført</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>avbrutt</translation>
    </message>
    <message>
        <source>%1 continued this workflow at %2 while you had it open. Close it and resume it from the customer view to see their changes.</source>
        <translation>%1 fortsatte denne arbeidsflyten (%2) mens du hadde den åpen. Lukk den og gjenoppta den fra kundebildet for å se endringene.</translation>
    </message>
    <message>
        <source>The workflow&apos;s answers are too large to save. Shorten the notes.</source>
        <translation>Svarene i arbeidsflyten er for store til å lagres. Kort ned notatene.</translation>
    </message>
    <message>
        <source>A colleague saved this workflow at the same moment. Resume it again.</source>
        <translation>En kollega lagret denne arbeidsflyten i samme øyeblikk. Gjenoppta den på nytt.</translation>
    </message>
    <message>
        <source>Workflow saved.</source>
        <translation>Arbeidsflyten er lagret.</translation>
    </message>
    <message>
        <source>There is no transaction %1.</source>
        <translation>Det finnes ingen transaksjon %1.</translation>
    </message>
    <message>
        <source>The card of this transaction could not be read: %1</source>
        <translation>Kortet for denne transaksjonen kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>This transaction was not made with the workflow&apos;s card. Nothing was filed.</source>
        <translation>Denne transaksjonen ble ikke gjort med kortet i arbeidsflyten. Ingenting ble registrert.</translation>
    </message>
    <message>
        <source>%1 already disputed this purchase at %2. Nothing was filed again.</source>
        <translation>%1 har allerede reklamert på dette kjøpet (%2). Ingenting ble registrert på nytt.</translation>
    </message>
    <message>
        <source>This transaction was declined or reversed: the customer was not charged, so there is nothing to dispute.</source>
        <translation>Denne transaksjonen ble avvist eller tilbakeført: kunden ble ikke belastet, så det er ingenting å reklamere på.</translation>
    </message>
    <message>
        <source>The card was stolen: enter the police report reference before filing disputes.</source>
        <translation>Kortet ble stjålet: skriv inn politireferansen før du registrerer reklamasjoner.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like a police report reference (4 to 40 letters and digits). Check it with the customer.</source>
        <translation>&quot;%1&quot; ser ikke ut som en politireferanse (4 til 40 bokstaver og sifre). Kontroller den med kunden.</translation>
    </message>
    <message>
        <source>The dispute could not be filed: %1</source>
        <translation>Reklamasjonen kunne ikke registreres: %1</translation>
    </message>
    <message>
        <source>Dispute filed for %1 at %2.</source>
        <translation>Reklamasjon registrert for %1 hos %2.</translation>
    </message>
    <message>
        <source>An answer holds a full card number. Card numbers are never stored: keep the last four digits at most, and save again.</source>
        <translation>Et svar inneholder et fullstendig kortnummer. Kortnumre lagres aldri: behold høyst de fire siste sifrene, og lagre på nytt.</translation>
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
    <name>LocalInboxService</name>
    <message>
        <source>The conversation could not be read. Try again.</source>
        <translation>Samtalen kunne ikke leses. Prøv igjen.</translation>
    </message>
    <message>
        <source>Write a reply first.</source>
        <translation>Skriv et svar først.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Skriv notatet først.</translation>
    </message>
    <message>
        <source>The text is too long (%1 characters; at most %2). Shorten it or attach the details as a file.</source>
        <translation>Teksten er for lang (%1 tegn; høyst %2). Kort den ned, eller legg ved detaljene som en fil.</translation>
    </message>
    <message>
        <source>This reply contains a full card number. Card numbers are never sent to customers: mask it (first six and last four digits at most) and send again. Nothing was sent.</source>
        <translation>Svaret inneholder et fullstendig kortnummer. Kortnumre sendes aldri til kunder: masker det (høyst de seks første og fire siste sifrene) og send på nytt. Ingenting ble sendt.</translation>
    </message>
    <message>
        <source>This note contains a full card number. Card numbers are never stored: mask it (first six and last four digits at most) and save again.</source>
        <translation>Notatet inneholder et fullstendig kortnummer. Kortnumre lagres aldri: masker det (høyst de seks første og fire siste sifrene) og lagre på nytt.</translation>
    </message>
    <message>
        <source>An alert has no channel to the customer. Add a note, or call the customer and log the call.</source>
        <translation>Et varsel har ingen kanal til kunden. Legg til et notat, eller ring kunden og registrer anropet.</translation>
    </message>
    <message>
        <source>A phone conversation has no written channel. Log the call, or add a note.</source>
        <translation>En telefonsamtale har ingen skriftlig kanal. Registrer anropet, eller legg til et notat.</translation>
    </message>
    <message>
        <source>Reply queued for %1. This desk works without a channel gateway, so it stays queued and has not reached the customer yet.</source>
        <translation>Svaret er satt i kø for %1. Denne arbeidsplassen fungerer uten kanalgateway, så svaret blir liggende i kø og har ikke nådd kunden ennå.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Notatet er lagt til.</translation>
    </message>
    <message>
        <source>Select at least one conversation.</source>
        <translation>Velg minst én samtale.</translation>
    </message>
    <message>
        <source>At most 1000 conversations can be changed at once.</source>
        <translation>Høyst 1000 samtaler kan endres samtidig.</translation>
    </message>
    <message>
        <source>Only a supervisor can assign conversations to another agent. Assign them to yourself, or release them to a queue.</source>
        <translation>Bare en teamleder kan tildele samtaler til en annen saksbehandler. Tildel dem til deg selv, eller frigi dem til en kø.</translation>
    </message>
    <message>
        <source>Choose an agent or a queue.</source>
        <translation>Velg en saksbehandler eller en kø.</translation>
    </message>
    <message>
        <source>Moved to the %1 queue.</source>
        <translation>Flyttet til køen %1.</translation>
    </message>
    <message>
        <source>Assigned to you.</source>
        <translation>Tildelt deg.</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>Tildelt %1.</translation>
    </message>
    <message>
        <source>Conversation %1 is assigned to %2. Only a supervisor can take it over; ask them, or ask %2 to release it.</source>
        <translation>Samtale %1 er tildelt %2. Bare en teamleder kan overta den; spør teamlederen, eller be %2 om å frigi den.</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Avsluttet.</translation>
    </message>
    <message>
        <source>Marked resolved.</source>
        <translation>Merket som løst.</translation>
    </message>
    <message>
        <source>Status changed.</source>
        <translation>Statusen er endret.</translation>
    </message>
    <message>
        <source>Priority changed.</source>
        <translation>Prioriteten er endret.</translation>
    </message>
    <message>
        <source>%1 is not a topic CardDesk knows.</source>
        <translation>%1 er ikke et tema CardDesk kjenner til.</translation>
    </message>
    <message>
        <source>Choose at least one topic.</source>
        <translation>Velg minst ett tema.</translation>
    </message>
    <message>
        <source>Topics added.</source>
        <translation>Temaene er lagt til.</translation>
    </message>
    <message>
        <source>Say why the customer called.</source>
        <translation>Oppgi hvorfor kunden ringte.</translation>
    </message>
    <message>
        <source>The call&apos;s duration must be between 0 seconds and 24 hours.</source>
        <translation>Anropets varighet må være mellom 0 sekunder og 24 timer.</translation>
    </message>
    <message>
        <source>The call notes are too long.</source>
        <translation>Anropsnotatene er for lange.</translation>
    </message>
    <message>
        <source>The call notes contain a full card number. Card numbers are never stored: mask it (first six and last four digits at most) and save again.</source>
        <translation>Anropsnotatene inneholder et fullstendig kortnummer. Kortnumre lagres aldri: masker det (høyst de seks første og fire siste sifrene) og lagre på nytt.</translation>
    </message>
    <message>
        <source>Choose the customer who called.</source>
        <translation>Velg kunden som ringte.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Det finnes ingen kunde %1.</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Phone call (%1): %2</source>
        <translation>Telefonanrop (%1): %2</translation>
    </message>
    <message>
        <source>Call logged.</source>
        <translation>Anropet er registrert.</translation>
    </message>
    <message>
        <source>%1: there is no attachment folder; the database is not open.</source>
        <translation>%1: det finnes ingen vedleggsmappe; databasen er ikke åpen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(uten emne)</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Ukjent avsender</translation>
    </message>
    <message>
        <source>There is no agent called %1. Nothing was assigned.</source>
        <translation>Det finnes ingen saksbehandler som heter %1. Ingenting ble tildelt.</translation>
    </message>
    <message>
        <source>This message was imported before; nothing was stored again.</source>
        <translation>Meldingen er importert før; ingenting ble lagret på nytt.</translation>
    </message>
    <message>
        <source>A written message needs a written channel: email, the app, chat or social.</source>
        <translation>En skriftlig melding krever en skriftlig kanal: e-post, appen, chat eller sosiale medier.</translation>
    </message>
    <message>
        <source>Message queued. This desk works without a channel gateway, so it stays queued and has not reached the customer yet.</source>
        <translation>Meldingen er satt i kø. Denne arbeidsplassen fungerer uten kanalgateway, så meldingen blir liggende i kø og har ikke nådd kunden ennå.</translation>
    </message>
    <message>
        <source>The conversation database is not open.</source>
        <translation>Samtaledatabasen er ikke åpen.</translation>
    </message>
    <message>
        <source>Conversation %1 no longer exists. Refresh the inbox.</source>
        <translation>Samtale %1 finnes ikke lenger. Oppdater innboksen.</translation>
    </message>
    <message>
        <source>The change could not be saved, and nothing was changed. Try again.</source>
        <translation>Endringen kunne ikke lagres, og ingenting ble endret. Prøv igjen.</translation>
    </message>
    <message>
        <source>A satisfaction survey went to the customer.</source>
        <translation>En tilfredshetsundersøkelse er sendt til kunden.</translation>
    </message>
    <message numerus="yes">
        <source>Satisfaction surveys went to %n customer(s).</source>
        <translation>
            <numerusform>Tilfredshetsundersøkelse er sendt til %n kunde.</numerusform>
            <numerusform>Tilfredshetsundersøkelser er sendt til %n kunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>No satisfaction survey was due.</source>
        <translation>Ingen tilfredshetsundersøkelse skulle sendes.</translation>
    </message>
    <message>
        <source>A satisfaction score is a whole number from 1 (very dissatisfied) to 5 (very satisfied).</source>
        <translation>En tilfredshetsvurdering er et heltall fra 1 (svært misfornøyd) til 5 (svært fornøyd).</translation>
    </message>
    <message>
        <source>Conversation %1 already has its satisfaction answer (%2 of 5, recorded %3). A survey is answered once; nothing was changed.</source>
        <translation>Samtale %1 har allerede et tilfredshetssvar (%2 av 5, registrert %3). En undersøkelse besvares bare én gang; ingenting ble endret.</translation>
    </message>
    <message>
        <source>Satisfaction answer (%1 of 5) queued for the server.</source>
        <translation>Tilfredshetssvaret (%1 av 5) står i kø for serveren.</translation>
    </message>
    <message>
        <source>No satisfaction survey went out for conversation %1, so there is no answer to record. A survey goes out when an open conversation is resolved.</source>
        <translation>Ingen tilfredshetsundersøkelse ble sendt for samtale %1, så det finnes ikke noe svar å registrere. En undersøkelse sendes når en åpen samtale blir løst.</translation>
    </message>
    <message>
        <source>Satisfaction answer recorded: %1 of 5.</source>
        <translation>Tilfredshetssvar registrert: %1 av 5.</translation>
    </message>
</context>
<context>
    <name>LocalSupervisionService</name>
    <message>
        <source>The supervision figures are for supervisors. Ask a supervisor if you need to know how the queues are doing.</source>
        <translation>Disse tallene er for teamledere. Spør en teamleder hvis du trenger å vite hvordan det går med køene.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Databasen er ikke åpen.</translation>
    </message>
    <message>
        <source>The figures could not be read. Try again; if it keeps failing, tell IT support.</source>
        <translation>Tallene kunne ikke leses. Prøv igjen; hvis feilen vedvarer, kontakt IT-brukerstøtte.</translation>
    </message>
    <message>
        <source>Choose a period whose first day is not after its last day.</source>
        <translation>Velg en periode der første dag ikke er etter siste dag.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Logg inn først.</translation>
    </message>
    <message>
        <source>Your presence could not be saved, and nothing was changed. Try again.</source>
        <translation>Tilstedeværelsen din kunne ikke lagres, og ingenting ble endret. Prøv igjen.</translation>
    </message>
    <message>
        <source>There is no agent called %1 in this database.</source>
        <translation>Det finnes ingen saksbehandler som heter %1 i denne databasen.</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <source>%1 is locked since %2. No new purchases can go through.</source>
        <translation>%1 har vært låst siden %2. Ingen nye kjøp kan gjennomføres.</translation>
    </message>
    <message>
        <source>The card is locked</source>
        <translation>Kortet er låst</translation>
    </message>
    <message>
        <source>Now find out what was spent since the customer last had the card for sure.</source>
        <translation>Finn nå ut hva som er brukt siden sist kunden med sikkerhet hadde kortet.</translation>
    </message>
    <message>
        <source>Last &amp;certain use</source>
        <translation>Siste &amp;sikre bruk</translation>
    </message>
    <message>
        <source>When the customer last used the card or saw it themselves. Everything after that is reviewed on the next page.</source>
        <translation>Når kunden sist brukte kortet eller selv så det. Alt etter dette gjennomgås på neste side.</translation>
    </message>
</context>
<context>
    <name>LogCallDialog</name>
    <message>
        <source>Log Call</source>
        <translation>Registrer anrop</translation>
    </message>
    <message>
        <source>No customer chosen</source>
        <translation>Ingen kunde valgt</translation>
    </message>
    <message>
        <source>Find another customer: name, number or phone</source>
        <translation>Finn en annen kunde: navn, nummer eller telefon</translation>
    </message>
    <message>
        <source>What the customer wanted and what was agreed</source>
        <translation>Hva kunden ønsket, og hva som ble avtalt</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Årsak:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notater:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Varighet:</translation>
    </message>
    <message>
        <source>No customer matches</source>
        <translation>Ingen kunder samsvarer</translation>
    </message>
    <message>
        <source>Choose the customer…</source>
        <translation>Velg kunden…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1:%2 (running since this window opened)</source>
        <translation>%1:%2 (har løpt siden dette vinduet ble åpnet)</translation>
    </message>
    <message>
        <source>Choose the customer who called.</source>
        <translation>Velg kunden som ringte.</translation>
    </message>
    <message>
        <source>The call was not logged.</source>
        <translation>Anropet ble ikke registrert.</translation>
    </message>
</context>
<context>
    <name>LostCardWizard</name>
    <message>
        <source>Not made or allowed by the customer</source>
        <translation>Ikke utført eller godkjent av kunden</translation>
    </message>
    <message>
        <source>Charged twice</source>
        <translation>Belastet to ganger</translation>
    </message>
    <message>
        <source>Amount differs from the receipt</source>
        <translation>Beløpet avviker fra kvitteringen</translation>
    </message>
    <message>
        <source>Goods or service not received</source>
        <translation>Vare eller tjeneste ikke mottatt</translation>
    </message>
    <message>
        <source>Subscription already cancelled</source>
        <translation>Abonnementet er allerede sagt opp</translation>
    </message>
    <message>
        <source>The customer could not be found.</source>
        <translation>Kunden ble ikke funnet.</translation>
    </message>
    <message>
        <source>The workflow has not started yet.</source>
        <translation>Arbeidsflyten er ikke startet ennå.</translation>
    </message>
    <message>
        <source>The card %1 stays locked. The workflow is saved; you or a colleague can resume it from the customer view.</source>
        <translation>Kortet %1 forblir låst. Arbeidsflyten er lagret; du eller en kollega kan gjenoppta den fra kundebildet.</translation>
    </message>
    <message>
        <source>The workflow is saved; you or a colleague can resume it from the customer view.</source>
        <translation>Arbeidsflyten er lagret; du eller en kollega kan gjenoppta den fra kundebildet.</translation>
    </message>
    <message>
        <source>Lost, stolen or damaged card</source>
        <translation>Mistet, stjålet eller skadet kort</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsett</translation>
    </message>
</context>
<context>
    <name>MacroCatalog</name>
    <message>
        <source>Cannot open the macro file %1: %2</source>
        <translation>Kan ikke åpne svarmalfilen %1: %2</translation>
    </message>
    <message>
        <source>The macro file %1 is too large.</source>
        <translation>Svarmalfilen %1 er for stor.</translation>
    </message>
    <message>
        <source>The macro file %1 is not valid JSON: %2 at offset %3</source>
        <translation>Svarmalfilen %1 er ikke gyldig JSON: %2 ved posisjon %3</translation>
    </message>
    <message>
        <source>The macro file %1 has no &quot;macros&quot; list.</source>
        <translation>Svarmalfilen %1 har ingen &quot;macros&quot;-liste.</translation>
    </message>
    <message>
        <source>Macro number %1 is not an object.</source>
        <translation>Svarmal nummer %1 er ikke et objekt.</translation>
    </message>
    <message>
        <source>Macro number %1 has no id.</source>
        <translation>Svarmal nummer %1 har ingen id.</translation>
    </message>
    <message>
        <source>The macro id &quot;%1&quot; appears twice.</source>
        <translation>Svarmal-id-en &quot;%1&quot; forekommer to ganger.</translation>
    </message>
    <message>
        <source>The macro &quot;%1&quot; has no valid titles.</source>
        <translation>Svarmalen &quot;%1&quot; har ingen gyldige titler.</translation>
    </message>
    <message>
        <source>The macro &quot;%1&quot; has no valid bodies.</source>
        <translation>Svarmalen &quot;%1&quot; har ingen gyldige tekster.</translation>
    </message>
    <message>
        <source>The macro &quot;%1&quot; has no English title or body.</source>
        <translation>Svarmalen &quot;%1&quot; har ingen engelsk tittel eller tekst.</translation>
    </message>
    <message>
        <source>The topics of macro &quot;%1&quot; are not a list.</source>
        <translation>Temaene i svarmalen &quot;%1&quot; er ikke en liste.</translation>
    </message>
    <message>
        <source>The macro &quot;%1&quot; has an invalid topic.</source>
        <translation>Svarmalen &quot;%1&quot; har et ugyldig tema.</translation>
    </message>
    <message>
        <source>The macro shortcut &quot;%1&quot; appears twice.</source>
        <translation>Svarmalsnarveien &quot;%1&quot; forekommer to ganger.</translation>
    </message>
</context>
<context>
    <name>MacroPicker</name>
    <message>
        <source>Insert a Macro</source>
        <translation>Sett inn en svarmal</translation>
    </message>
    <message>
        <source>Type to filter macros…</source>
        <translation>Skriv for å filtrere svarmaler…</translation>
    </message>
    <message>
        <source>No macro matches.</source>
        <translation>Ingen svarmaler samsvarer.</translation>
    </message>
    <message>
        <source>Enter inserts the macro in the customer&apos;s language (%1). Esc closes.</source>
        <translation>Enter setter inn svarmalen på kundens språk (%1). Esc lukker.</translation>
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
    <message>
        <source>&amp;Lost or Stolen Card…</source>
        <translation>&amp;Mistet eller stjålet kort…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Ver&amp;ktøy</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>&amp;Revisjonslogg…</translation>
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
    <name>OutboxSender</name>
    <message>
        <source>Not sent</source>
        <translation>Ikke sendt</translation>
    </message>
    <message>
        <source>This was about a conversation or card created on this computer that the server never took (its refusal is listed before this one). Nothing was sent; do it again on the server&apos;s copy.</source>
        <translation>Dette gjaldt en samtale eller et kort som ble opprettet på denne datamaskinen, og som serveren aldri tok imot (avvisningen står før denne i listen). Ingenting ble sendt; gjør det på nytt på serverens eksemplar.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>The queue board could not be read.</source>
        <translation>Køoversikten kunne ikke leses.</translation>
    </message>
    <message>
        <source>The agents&apos; figures could not be read.</source>
        <translation>Tallene for saksbehandlerne kunne ikke leses.</translation>
    </message>
    <message>
        <source>The charts&apos; figures could not be computed.</source>
        <translation>Tallene for diagrammene kunne ikke beregnes.</translation>
    </message>
    <message>
        <source>Conversations per channel</source>
        <translation>Samtaler per kanal</translation>
    </message>
    <message>
        <source>First response against the SLA target</source>
        <translation>Første svar mot SLA-målet</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT) per week</source>
        <translation>Kundetilfredshet (CSAT) per uke</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
    </message>
    <message>
        <source>No open conversations</source>
        <translation>Ingen åpne samtaler</translation>
    </message>
    <message>
        <source>Double-click a figure for its conversations</source>
        <translation>Dobbeltklikk et tall for å se samtalene</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln available</source>
        <comment>agents</comment>
        <translation>
            <numerusform>%1 av %Ln tilgjengelig</numerusform>
            <numerusform>%1 av %Ln tilgjengelige</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>Beregner %1…</translation>
    </message>
    <message>
        <source>%1 · computed %2</source>
        <translation>%1 · beregnet %2</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Køer</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Saksbehandlere</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>Siste %1 dager</translation>
    </message>
    <message>
        <source>Double-click a figure to list its conversations on the Queues page</source>
        <translation>Dobbeltklikk et tall for å se samtalene på siden Køer</translation>
    </message>
    <message>
        <source>Double-click an agent for their open conversations on the Agents page</source>
        <translation>Dobbeltklikk en saksbehandler for å se de åpne samtalene på siden Saksbehandlere</translation>
    </message>
</context>
<context>
    <name>PolicePage</name>
    <message>
        <source>A reference has 4 to 40 letters, digits, spaces, / - or . and at least one digit. Check it with the customer.</source>
        <translation>En referanse har 4 til 40 bokstaver, sifre, mellomrom, / - eller . og minst ett siffer. Kontroller den med kunden.</translation>
    </message>
    <message>
        <source>Required: the card was stolen and purchases are disputed. Ask for the reference of the customer&apos;s police report.</source>
        <translation>Påkrevd: kortet ble stjålet, og kjøp reklameres. Be om referansen til kundens politianmeldelse.</translation>
    </message>
    <message>
        <source>Optional: if the customer has reported it to the police, note the reference.</source>
        <translation>Valgfritt: hvis kunden har anmeldt forholdet til politiet, noter referansen.</translation>
    </message>
    <message>
        <source>Filed: %1</source>
        <translation>Registrert: %1</translation>
    </message>
    <message>
        <source>To file: %1 (%2)</source>
        <translation>Skal registreres: %1 (%2)</translation>
    </message>
    <message>
        <source>No disputes to file.</source>
        <translation>Ingen reklamasjoner å registrere.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <source>&amp;File disputes</source>
        <translation>&amp;Registrer reklamasjoner</translation>
    </message>
    <message>
        <source>Dispute filed: %1</source>
        <translation>Reklamasjon registrert: %1</translation>
    </message>
    <message>
        <source>Police report</source>
        <translation>Politianmeldelse</translation>
    </message>
    <message>
        <source>The disputes are filed when you continue.</source>
        <translation>Reklamasjonene registreres når du fortsetter.</translation>
    </message>
    <message>
        <source>Police &amp;reference</source>
        <translation>&amp;Politireferanse</translation>
    </message>
    <message>
        <source>e.g. 5500/R/12345/26</source>
        <translation>f.eks. 5500/R/12345/26</translation>
    </message>
</context>
<context>
    <name>PresenceButton</name>
    <message>
        <source>Your presence, as supervisors see it. Click to change it.</source>
        <translation>Tilstedeværelsen din, slik teamlederne ser den. Klikk for å endre.</translation>
    </message>
    <message>
        <source>Presence: %1</source>
        <translation>Tilstedeværelse: %1</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Tilstedeværelse</translation>
    </message>
</context>
<context>
    <name>QueueBoardModel</name>
    <message>
        <source>All queues</source>
        <translation>Alle køer</translation>
    </message>
    <message>
        <source>all queues</source>
        <translation>alle køer</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>queue, channel</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 in %2. Double-click or press Enter to list them.</source>
        <translation>%1 i %2. Dobbeltklikk eller trykk Enter for å vise dem.</translation>
    </message>
    <message>
        <source>Oldest waiting (minutes)</source>
        <translation>Lengst ventetid (minutter)</translation>
    </message>
    <message>
        <source>New, or not assigned to anyone yet</source>
        <translation>Nye, eller ikke tildelt noen ennå</translation>
    </message>
    <message>
        <source>Assigned to an agent, open or on hold</source>
        <translation>Tildelt en saksbehandler, åpne eller på vent</translation>
    </message>
    <message>
        <source>Waiting for the customer&apos;s answer</source>
        <translation>Venter på svar fra kunden</translation>
    </message>
    <message>
        <source>How long the oldest waiting conversation has waited</source>
        <translation>Hvor lenge samtalen som har ventet lengst, har ventet</translation>
    </message>
    <message>
        <source>The SLA deadline that applies now falls within the next hour</source>
        <translation>Gjeldende SLA-frist utløper innen den neste timen</translation>
    </message>
    <message>
        <source>The SLA deadline that applies now has passed</source>
        <translation>Gjeldende SLA-frist er passert</translation>
    </message>
    <message>
        <source>Waiting, in progress and pending customer together</source>
        <translation>Venter, under behandling og venter på kunden til sammen</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kø</translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation>Lengst ventetid</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanaler</translation>
    </message>
</context>
<context>
    <name>QueueBoardPage</name>
    <message>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
    </message>
    <message>
        <source>The queue board could not be read.</source>
        <translation>Køoversikten kunne ikke leses.</translation>
    </message>
    <message>
        <source>No open conversations</source>
        <translation>Ingen åpne samtaler</translation>
    </message>
    <message>
        <source>Double-click a figure for its conversations</source>
        <translation>Dobbeltklikk et tall for å se samtalene</translation>
    </message>
    <message>
        <source>%1 in progress · %2 pending</source>
        <translation>%1 under behandling · %2 venter på kunden</translation>
    </message>
    <message>
        <source>New or not assigned</source>
        <translation>Nye eller ikke tildelt</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>queue, channel</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation>Ingen venter</translation>
    </message>
    <message>
        <source>Deadline within the hour</source>
        <translation>Frist innen en time</translation>
    </message>
    <message>
        <source>%1 of open conversations</source>
        <translation>%1 av åpne samtaler</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <source>Double-click a figure, or select it and press Enter, to list the conversations behind it.</source>
        <translation>Dobbeltklikk et tall, eller velg det og trykk Enter, for å vise samtalene bak det.</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Alle køer</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>figure · where</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>None now. The figures have moved since the board was read.</source>
        <translation>Ingen nå. Tallene har endret seg siden oversikten ble lest.</translation>
    </message>
    <message>
        <source>%1 shown, more as you scroll</source>
        <translation>%1 vises, flere når du blar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln samtale</numerusform>
            <numerusform>%Ln samtaler</numerusform>
        </translation>
    </message>
    <message>
        <source>Open conversations</source>
        <translation>Åpne samtaler</translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation>Lengst ventetid</translation>
    </message>
    <message>
        <source>Breached SLA</source>
        <translation>SLA-brudd</translation>
    </message>
    <message>
        <source>Queues by channel</source>
        <translation>Køer per kanal</translation>
    </message>
    <message>
        <source>Queue board</source>
        <translation>Køoversikt</translation>
    </message>
    <message>
        <source>Conversations behind the figure</source>
        <translation>Samtalene bak tallet</translation>
    </message>
</context>
<context>
    <name>RemoteAuditService</name>
    <message>
        <source>The audit log is on the server; it cannot be read while offline. Try again when the status bar says online.</source>
        <translation>Revisjonsloggen ligger på serveren og kan ikke leses uten tilkobling. Prøv igjen når statuslinjen viser Tilkoblet.</translation>
    </message>
    <message>
        <source>The server refused to read the audit log: %1</source>
        <translation>Serveren nektet å lese revisjonsloggen: %1</translation>
    </message>
    <message>
        <source>The server could not read the audit log. Try again; if it keeps failing, tell IT support.</source>
        <translation>Serveren kunne ikke lese revisjonsloggen. Prøv igjen; hvis feilen vedvarer, kontakt IT-support.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Det finnes ingen kunde %1.</translation>
    </message>
    <message>
        <source>There is no card #%1.</source>
        <translation>Det finnes ikke noe kort #%1.</translation>
    </message>
    <message>
        <source>On the server, a card&apos;s last four digits are looked up among one customer&apos;s cards: enter the customer number too, or the card&apos;s id, such as #45.</source>
        <translation>På serveren søkes kortets fire siste sifre blant én kundes kort: oppgi også kundenummeret, eller kortets id, for eksempel #45.</translation>
    </message>
    <message>
        <source>Customer %1 has no card ending in %2.</source>
        <translation>Kunde %1 har ikke noe kort som slutter på %2.</translation>
    </message>
</context>
<context>
    <name>RemoteBackend</name>
    <message>
        <source>The certificate authorities in %1 could not be used: %2</source>
        <translation>Sertifikatutstederne i %1 kunne ikke brukes: %2</translation>
    </message>
    <message>
        <source>The cache %1 belongs to the server %2, not %3. Start with another data folder, or delete the cache file.</source>
        <translation>Hurtigbufferen %1 tilhører serveren %2, ikke %3. Start med en annen datamappe, eller slett hurtigbufferfilen.</translation>
    </message>
    <message>
        <source>The cache could not be prepared: %1</source>
        <translation>Hurtigbufferen kunne ikke klargjøres: %1</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation>Serveren godtok ikke brukernavnet eller passordet.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached (%2). Check the address and the network.</source>
        <translation>Serveren %1 kan ikke nås (%2). Kontroller adressen og nettverket.</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Innloggingen mislyktes: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the sign-in could not be read: %1</source>
        <translation>Serverens svar på innloggingen kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>Serveren avviste %1: %2</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Tilkoblet %1</translation>
    </message>
    <message>
        <source>The server did not accept the password.</source>
        <translation>Serveren godtok ikke passordet.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). Your work waits on this computer; sign in again when the connection is back.</source>
        <translation>Serveren kan ikke nås (%1). Arbeidet ditt venter på denne datamaskinen; logg inn igjen når forbindelsen er tilbake.</translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Sign in with your password.</source>
        <translation>Økten din på %1 er avsluttet. Logg inn med passordet ditt.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached (%2), and %3 has not signed in on this computer before, so there is nothing to work on offline. Check the network and start again.</source>
        <translation>Serveren %1 kan ikke nås (%2), og %3 har ikke logget inn på denne datamaskinen før, så det er ingenting å jobbe med frakoblet. Sjekk nettverket og start på nytt.</translation>
    </message>
    <message>
        <source>The desk&apos;s history is being read from the server. Until it is in, figures from before this console&apos;s first sign-in may be incomplete; they fill in by themselves.</source>
        <translation>Teamets historikk leses inn fra serveren. Til den er på plass, kan tall fra før denne konsollens første innlogging være ufullstendige; de fylles ut av seg selv.</translation>
    </message>
    <message>
        <source>The desk&apos;s history could not be read from the server yet, so figures from before this console&apos;s first sign-in may be incomplete. It is read again when the server can be reached.</source>
        <translation>Teamets historikk kunne ikke leses inn fra serveren ennå, så tall fra før denne konsollens første innlogging kan være ufullstendige. Den leses inn igjen når serveren kan nås.</translation>
    </message>
</context>
<context>
    <name>RemoteCardService</name>
    <message>
        <source>The server could not be asked for all of this card&apos;s transactions: these are the ones this computer has, and some may be missing. Look again when the status bar says online.</source>
        <translation>Serveren kunne ikke spørres om alle transaksjonene for dette kortet: dette er de som finnes på denne datamaskinen, og noen kan mangle. Se igjen når statuslinjen viser Tilkoblet.</translation>
    </message>
</context>
<context>
    <name>RemoteCustomerService</name>
    <message>
        <source>The server refused the search: %1</source>
        <translation>Serveren avviste søket: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached: these results are from this computer&apos;s copy and may be out of date.</source>
        <translation>Serveren kan ikke nås: resultatene er fra denne datamaskinens kopi og kan være utdaterte.</translation>
    </message>
    <message>
        <source>There is no such customer on the server.</source>
        <translation>Det finnes ingen slik kunde på serveren.</translation>
    </message>
    <message>
        <source>The server cannot be reached and this customer has not been opened on this computer before.</source>
        <translation>Serveren kan ikke nås, og denne kunden er ikke åpnet på denne datamaskinen før.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Serverens svar kunne ikke leses.</translation>
    </message>
    <message>
        <source>Say why you need to see the identity number; the reason is recorded in the audit log.</source>
        <translation>Oppgi hvorfor du trenger å se fødselsnummeret; grunnen lagres i revisjonsloggen.</translation>
    </message>
    <message>
        <source>This reveal was recorded in the server&apos;s audit log.</source>
        <translation>Visningen ble lagret i serverens revisjonslogg.</translation>
    </message>
    <message>
        <source>The server&apos;s answer held no identity number.</source>
        <translation>Serverens svar inneholdt ikke noe fødselsnummer.</translation>
    </message>
    <message>
        <source>The server refused to show the identity number: %1</source>
        <translation>Serveren nektet å vise fødselsnummeret: %1</translation>
    </message>
    <message>
        <source>The full identity number is kept on the server only, which cannot be reached now. Try again when the status bar says online.</source>
        <translation>Hele fødselsnummeret finnes bare på serveren, som ikke kan nås nå. Prøv igjen når statuslinjen viser Tilkoblet.</translation>
    </message>
</context>
<context>
    <name>RemoteInboxService</name>
    <message>
        <source>This conversation is not on this computer and the server cannot be reached. Try again when the connection is back.</source>
        <translation>Samtalen finnes ikke på denne datamaskinen, og serveren kan ikke nås. Prøv igjen når forbindelsen er tilbake.</translation>
    </message>
    <message>
        <source>%1: in remote mode e-mail is imported on the server, not in the console.</source>
        <translation>%1: i fjernmodus importeres e-post på serveren, ikke i konsollen.</translation>
    </message>
</context>
<context>
    <name>ReplacementPage</name>
    <message>
        <source>A new card with a new number. %1 is closed for good when you order it.</source>
        <translation>Et nytt kort med nytt nummer. %1 stenges permanent når du bestiller det.</translation>
    </message>
    <message>
        <source>A new card with the same number. %1 keeps working until the new one is activated.</source>
        <translation>Et nytt kort med samme nummer. %1 virker til det nye kortet er aktivert.</translation>
    </message>
    <message>
        <source>Registered address: %1
Phone: %2
Email: %3</source>
        <translation>Registrert adresse: %1
Telefon: %2
E-post: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>⚠ A card sent to this address did not arrive (%1). Confirm the address, or choose a pickup point.</source>
        <translation>⚠ Et kort sendt til denne adressen kom ikke frem (%1). Bekreft adressen, eller velg et hentested.</translation>
    </message>
    <message>
        <source>✓ The customer is strongly verified.</source>
        <translation>✓ Kunden er sterkt identifisert.</translation>
    </message>
    <message>
        <source>Another address than the registered one needs strong verification: verify the customer with bank ID or in the app.</source>
        <translation>En annen adresse enn den registrerte krever sterk identifisering: identifiser kunden med BankID eller i appen.</translation>
    </message>
    <message>
        <source>&amp;Order replacement</source>
        <translation>&amp;Bestill erstatningskort</translation>
    </message>
    <message>
        <source>&amp;Close the card</source>
        <translation>&amp;Steng kortet</translation>
    </message>
    <message>
        <source>Verification failed: send the card to the registered address, or verify again.</source>
        <translation>Identifiseringen mislyktes: send kortet til den registrerte adressen, eller identifiser på nytt.</translation>
    </message>
    <message>
        <source>The card could not be read again.</source>
        <translation>Kortet kunne ikke leses på nytt.</translation>
    </message>
    <message>
        <source>closed without a replacement</source>
        <translation>stengt uten erstatningskort</translation>
    </message>
    <message>
        <source>Replacement card</source>
        <translation>Erstatningskort</translation>
    </message>
    <message>
        <source>How the new card travels, and its PIN.</source>
        <translation>Hvordan det nye kortet sendes, og PIN-koden.</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Levering</translation>
    </message>
    <message>
        <source>By &amp;post to the registered address (5 business days)</source>
        <translation>Med &amp;post til den registrerte adressen (5 virkedager)</translation>
    </message>
    <message>
        <source>To a p&amp;ickup point</source>
        <translation>Til et &amp;hentested</translation>
    </message>
    <message>
        <source>E&amp;xpedited by courier to the registered address (2 business days)</source>
        <translation>E&amp;kspress med bud til den registrerte adressen (2 virkedager)</translation>
    </message>
    <message>
        <source>No replacement: close the card only</source>
        <translation>Uten erstatningskort: bare steng kortet</translation>
    </message>
    <message>
        <source>Verified with &amp;bank ID</source>
        <translation>&amp;Identifisert med BankID</translation>
    </message>
    <message>
        <source>Confirmed in the &amp;app</source>
        <translation>Bekreftet i &amp;appen</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>Identifiseringen mislyktes</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kode</translation>
    </message>
    <message>
        <source>&amp;Keep the current PIN</source>
        <translation>Behold &amp;gjeldende PIN-kode</translation>
    </message>
    <message>
        <source>&amp;New PIN, sent by letter separately</source>
        <translation>N&amp;y PIN-kode, sendes separat i brev</translation>
    </message>
    <message>
        <source>Address, phone and email &amp;confirmed with the customer (changes need strong verification: edit them in the customer view)</source>
        <translation>Adresse, telefon og &amp;e-post bekreftet med kunden (endringer krever sterk identifisering: rediger dem i kundebildet)</translation>
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
    <name>ReviewPage</name>
    <message>
        <source>Since %1. Ask about each one: press R if the customer recognises it, N if not. Purchases the customer does not recognise are disputed.</source>
        <translation>Siden %1. Spør om hver enkelt: trykk R hvis kunden kjenner igjen transaksjonen, N hvis ikke. Kjøp kunden ikke kjenner igjen, reklameres.</translation>
    </message>
    <message>
        <source>The transactions could not be read: %1</source>
        <translation>Transaksjonene kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>No transactions since then.</source>
        <translation>Ingen transaksjoner siden da.</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Reklamert</translation>
    </message>
    <message>
        <source>✓ Recognised</source>
        <translation>✓ Gjenkjent</translation>
    </message>
    <message>
        <source>✕ Not recognised</source>
        <translation>✕ Ikke gjenkjent</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Spør</translation>
    </message>
    <message>
        <source>Dispute: %1</source>
        <translation>Reklamasjon: %1</translation>
    </message>
    <message>
        <source>Disputes of purchases the customer did not make</source>
        <translation>Reklamasjoner på kjøp kunden ikke har gjort</translation>
    </message>
    <message>
        <source>Review what was spent</source>
        <translation>Gå gjennom hva som er brukt</translation>
    </message>
    <message>
        <source>Every transaction since the last certain use, newest first.</source>
        <translation>Alle transaksjoner siden siste sikre bruk, nyeste først.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
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
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Customer says</source>
        <translation>Kunden sier</translation>
    </message>
    <message>
        <source>Recognised (R)</source>
        <translation>Gjenkjent (R)</translation>
    </message>
    <message>
        <source>Not recognised (N)</source>
        <translation>Ikke gjenkjent (N)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>Å&amp;rsak</translation>
    </message>
    <message>
        <source>The customer &amp;declares they neither made nor allowed the purchases marked not recognised</source>
        <translation>Kunden &amp;erklærer å verken ha gjort eller godkjent kjøpene som er merket ikke gjenkjent</translation>
    </message>
    <message>
        <source>Receipt: </source>
        <translation>Kvittering: </translation>
    </message>
    <message>
        <source>When it should have arrived</source>
        <translation>Når det skulle ha kommet</translation>
    </message>
    <message>
        <source>The customer has contacted the merchant</source>
        <translation>Kunden har kontaktet brukerstedet</translation>
    </message>
    <message>
        <source>When the customer cancelled</source>
        <translation>Når kunden sa opp</translation>
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
    <message>
        <source>This backend has no inbox.</source>
        <translation>Denne backenden har ingen innboks.</translation>
    </message>
    <message>
        <source>The audit log is for supervisors. Sign in as one, for example with --agent riikka.nurmi (a demo supervisor).</source>
        <translation>Revisjonsloggen er for teamledere. Logg inn som teamleder, for eksempel med --agent riikka.nurmi (en demoteamleder).</translation>
    </message>
    <message>
        <source>The audit log did not open.</source>
        <translation>Revisjonsloggen ble ikke åpnet.</translation>
    </message>
    <message>
        <source>The card workflow did not open.</source>
        <translation>Kortarbeidsflyten ble ikke åpnet.</translation>
    </message>
    <message>
        <source>The card workflow closed before it was captured.</source>
        <translation>Kortarbeidsflyten ble lukket før bildet ble tatt.</translation>
    </message>
    <message>
        <source>The replacement page is not as expected.</source>
        <translation>Siden for erstatningskort er ikke som forventet.</translation>
    </message>
    <message>
        <source>The supervision workspace is for supervisors. Sign in as one, for example with --agent riikka.nurmi (a demo supervisor).</source>
        <translation>Teamledelsesområdet er for teamledere. Logg inn som teamleder, for eksempel med --agent riikka.nurmi (en demoteamleder).</translation>
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
    <message>
        <source>Lost, stolen or damaged card: the guided workflow for the customer on screen</source>
        <translation>Mistet, stjålet eller skadet kort: den veiledede arbeidsflyten for kunden på skjermen</translation>
    </message>
    <message>
        <source>R / N</source>
        <translation>R / N</translation>
    </message>
    <message>
        <source>In the workflow&apos;s review: the customer recognises the transaction, or not</source>
        <translation>I arbeidsflytens gjennomgang: kunden kjenner igjen transaksjonen, eller ikke</translation>
    </message>
    <message>
        <source>Inbox: show or hide the customer panel</source>
        <translation>Innboks: vis eller skjul kundepanelet</translation>
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
        <translation>Kortet er identifisert — &amp;lås nå</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <source>Ask which card, and what happened. The card is locked as soon as you continue: identifying the card is enough for a protective lock.</source>
        <translation>Spør hvilket kort det gjelder, og hva som har skjedd. Kortet låses så snart du fortsetter: det er nok å identifisere kortet for en beskyttende låsing.</translation>
    </message>
    <message>
        <source>A damaged card keeps working until its replacement is activated; nothing is locked.</source>
        <translation>Et skadet kort virker til erstatningskortet er aktivert; ingenting låses.</translation>
    </message>
    <message>
        <source>Someone else may have the card&apos;s details. The card is locked now and replaced with a new number.</source>
        <translation>Noen andre kan ha kortopplysningene. Kortet låses nå og erstattes med et nytt nummer.</translation>
    </message>
    <message>
        <source>The card is locked as soon as you continue. A lock can be lifted if the card turns up.</source>
        <translation>Kortet låses så snart du fortsetter. Låsingen kan oppheves hvis kortet dukker opp.</translation>
    </message>
    <message>
        <source>The card %1 was already locked; it stays locked.</source>
        <translation>Kortet %1 var allerede låst; det forblir låst.</translation>
    </message>
    <message>
        <source>The card is NOT locked: %1</source>
        <translation>Kortet er IKKE låst: %1</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Hva har skjedd?</translation>
    </message>
    <message>
        <source>Lock the card first; everything else can follow.</source>
        <translation>Lås kortet først; alt annet kan komme etterpå.</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Kort</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Hva som har skjedd</translation>
    </message>
    <message>
        <source>&amp;Lost</source>
        <translation>&amp;Mistet</translation>
    </message>
    <message>
        <source>&amp;Stolen</source>
        <translation>&amp;Stjålet</translation>
    </message>
    <message>
        <source>&amp;Damaged (still in the customer&apos;s hands)</source>
        <translation>Ska&amp;det (fortsatt hos kunden)</translation>
    </message>
    <message>
        <source>C&amp;ompromised (someone else used the card&apos;s details)</source>
        <translation>K&amp;ompromittert (noen andre har brukt kortopplysningene)</translation>
    </message>
    <message>
        <source>In the customer&apos;s &amp;words</source>
        <translation>Med kundens &amp;egne ord</translation>
    </message>
    <message>
        <source>Optional: where and when, what they noticed</source>
        <translation>Valgfritt: hvor og når, hva kunden la merke til</translation>
    </message>
</context>
<context>
    <name>SlaPolicy</name>
    <message>
        <source>The SLA policy is not valid JSON: %1 at offset %2</source>
        <translation>SLA-policyen er ikke gyldig JSON: %1 ved posisjon %2</translation>
    </message>
    <message>
        <source>The SLA policy must be a JSON object.</source>
        <translation>SLA-policyen må være et JSON-objekt.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot; in the SLA policy.</source>
        <translation>Ukjent tidssone &quot;%1&quot; i SLA-policyen.</translation>
    </message>
    <message>
        <source>The business hours of the SLA policy must be &quot;HH:mm&quot; with opening before closing.</source>
        <translation>Åpningstidene i SLA-policyen må ha formen &quot;HH:mm&quot;, med åpning før stenging.</translation>
    </message>
    <message>
        <source>The holidays of the SLA policy must be a list of dates.</source>
        <translation>Helligdagene i SLA-policyen må være en liste med datoer.</translation>
    </message>
    <message>
        <source>Invalid holiday date &quot;%1&quot; in the SLA policy.</source>
        <translation>Ugyldig helligdagsdato &quot;%1&quot; i SLA-policyen.</translation>
    </message>
    <message>
        <source>The channels of the SLA policy must be an object.</source>
        <translation>Kanalene i SLA-policyen må være et objekt.</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot; in the SLA policy.</source>
        <translation>Ukjent kanal &quot;%1&quot; i SLA-policyen.</translation>
    </message>
    <message>
        <source>The SLA targets of channel &quot;%1&quot; must be an object.</source>
        <translation>SLA-målene for kanalen &quot;%1&quot; må være et objekt.</translation>
    </message>
    <message>
        <source>&quot;businessHours&quot; of channel &quot;%1&quot; must be true or false.</source>
        <translation>&quot;businessHours&quot; for kanalen &quot;%1&quot; må være true eller false.</translation>
    </message>
    <message>
        <source>Unknown priority &quot;%1&quot; for channel &quot;%2&quot; in the SLA policy.</source>
        <translation>Ukjent prioritet &quot;%1&quot; for kanalen &quot;%2&quot; i SLA-policyen.</translation>
    </message>
    <message>
        <source>The targets of %1/%2 must be positive durations such as &quot;30s&quot;, &quot;15m&quot; or &quot;24h&quot;.</source>
        <translation>Målene for %1/%2 må være positive varigheter som &quot;30s&quot;, &quot;15m&quot; eller &quot;24h&quot;.</translation>
    </message>
    <message>
        <source>The resolution target of %1/%2 is shorter than its first-response target.</source>
        <translation>Løsningsmålet for %1/%2 er kortere enn målet for første svar.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>as a reply to the customer&apos;s email</source>
        <translation>som svar på kundens e-post</translation>
    </message>
    <message>
        <source>in the chat</source>
        <translation>i chatten</translation>
    </message>
    <message>
        <source>as a reply to the web form</source>
        <translation>som svar på nettskjemaet</translation>
    </message>
    <message>
        <source>as a reply on social media</source>
        <translation>som svar i sosiale medier</translation>
    </message>
    <message>
        <source>as a message in the app</source>
        <translation>som melding i appen</translation>
    </message>
    <message>
        <source>by email to %1</source>
        <translation>på e-post til %1</translation>
    </message>
    <message>
        <source>Confirmation to the customer, in %1, %2</source>
        <translation>Bekreftelse til kunden (språk: %1), %2</translation>
    </message>
    <message>
        <source>Card %2 %1 (%3).</source>
        <comment>card •••• 1234 stolen (customer&apos;s words)</comment>
        <translation>Kort %2 er %1 (%3).</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>ingen detaljer oppgitt</translation>
    </message>
    <message>
        <source>Locked at once.</source>
        <translation>Låst straks.</translation>
    </message>
    <message>
        <source>Police reference %1.</source>
        <translation>Politireferanse %1.</translation>
    </message>
    <message>
        <source>&amp;Send and finish</source>
        <translation>&amp;Send og fullfør</translation>
    </message>
    <message>
        <source>%1 locked</source>
        <translation>%1 låst</translation>
    </message>
    <message>
        <source>%1 not locked</source>
        <translation>%1 ikke låst</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) reviewed</source>
        <translation>
            <numerusform>%n transaksjon gjennomgått</numerusform>
            <numerusform>%n transaksjoner gjennomgått</numerusform>
        </translation>
    </message>
    <message>
        <source>Police reference %1 recorded</source>
        <translation>Politireferanse %1 registrert</translation>
    </message>
    <message>
        <source>No replacement ordered</source>
        <translation>Erstatningskort ikke bestilt</translation>
    </message>
    <message>
        <source>Confirmation sent to the customer</source>
        <translation>Bekreftelse sendt til kunden</translation>
    </message>
    <message>
        <source>Confirmation to the customer: sent when you finish</source>
        <translation>Bekreftelse til kunden: sendes når du fullfører</translation>
    </message>
    <message>
        <source>Internal note added</source>
        <translation>Internt notat lagt til</translation>
    </message>
    <message>
        <source>Internal note: added when you finish</source>
        <translation>Internt notat: legges til når du fullfører</translation>
    </message>
    <message>
        <source>Lost, stolen or damaged card</source>
        <translation>Mistet, stjålet eller skadet kort</translation>
    </message>
    <message>
        <source>Done: %1. The confirmation is queued for the customer and the note is on the conversation.</source>
        <translation>Fullført: %1. Bekreftelsen står i kø for kunden, og notatet ligger på samtalen.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>What was done, and what the customer is told.</source>
        <translation>Hva som ble gjort, og hva kunden får beskjed om.</translation>
    </message>
    <message>
        <source>Internal &amp;note (never shown to the customer)</source>
        <translation>Internt &amp;notat (vises aldri for kunden)</translation>
    </message>
    <message numerus="yes">
        <source>Last certain use %1; %n transaction(s) reviewed, %2 disputed.</source>
        <translation>
            <numerusform>Siste sikre bruk %1; %n transaksjon gjennomgått, %2 reklamert.</numerusform>
            <numerusform>Siste sikre bruk %1; %n transaksjoner gjennomgått, %2 reklamert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupervisionText</name>
    <message>
        <source>Available</source>
        <comment>agent presence</comment>
        <translation>Tilgjengelig</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>agent presence</comment>
        <translation>Opptatt</translation>
    </message>
    <message>
        <source>Away</source>
        <comment>agent presence</comment>
        <translation>Borte</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>agent presence</comment>
        <translation>Frakoblet</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>open conversations</comment>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>conversations nobody works yet</comment>
        <translation>Venter</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Under behandling</translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation>Venter på kunden</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Forfaller snart</translation>
    </message>
    <message>
        <source>Breached</source>
        <comment>past the SLA deadline</comment>
        <translation>Forsinket</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage; the number comes first</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>W%1</source>
        <comment>ISO week number, short</comment>
        <translation>U%1</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>Uke %1: %2 – %3</translation>
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
        <translation>Sanntid · oppdatert %1</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Teamledelse</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Køer</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Saksbehandlere</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Revisjonslogg</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <source>Read the figures again now (%1). They also refresh by themselves.</source>
        <translation>Les inn tallene på nytt nå (%1). De oppdateres også automatisk.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>No keychain is available on this machine: CardDesk keeps the token for this session only and asks for the password next time</source>
        <translation>Det finnes ingen nøkkelring på denne maskinen: CardDesk beholder tokenet bare i denne økten og spør etter passordet neste gang</translation>
    </message>
    <message>
        <source>The keychain refused access, so CardDesk keeps the token for this session only and asks for the password next time.</source>
        <translation>Nøkkelringen nektet tilgang, så CardDesk beholder tokenet bare i denne økten og spør etter passordet neste gang.</translation>
    </message>
    <message>
        <source>The keychain failed (%1): CardDesk keeps the token for this session only and asks for the password next time.</source>
        <translation>Nøkkelringen feilet (%1): CardDesk beholder tokenet bare i denne økten og spør etter passordet neste gang.</translation>
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
    <name>VerificationBox</name>
    <message>
        <source>Passed</source>
        <translation>Bestått</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ikke bestått</translation>
    </message>
    <message>
        <source>Verification method</source>
        <translation>Identifiseringsmetode</translation>
    </message>
    <message>
        <source>The caller passed this check: record it</source>
        <translation>Innringeren besto denne kontrollen: registrer det</translation>
    </message>
    <message>
        <source>The caller failed this check: record it (it counts for nothing)</source>
        <translation>Innringeren besto ikke denne kontrollen: registrer det (det teller ikke)</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Registrer:</translation>
    </message>
    <message>
        <source>no verification</source>
        <translation>ingen identifisering</translation>
    </message>
    <message>
        <source>the caller identifies the card (last four digits, name on the card)</source>
        <translation>innringeren identifiserer kortet (fire siste sifre, navn på kortet)</translation>
    </message>
    <message>
        <source>strong verification (bank ID or a confirmation in the app)</source>
        <translation>sterk identifisering (BankID eller bekreftelse i appen)</translation>
    </message>
    <message>
        <source>Bank ID (strong)</source>
        <translation>BankID (sterk)</translation>
    </message>
    <message>
        <source>Confirmation in the app (strong)</source>
        <translation>Bekreftelse i appen (sterk)</translation>
    </message>
    <message>
        <source>Knowledge questions</source>
        <translation>Kontrollspørsmål</translation>
    </message>
    <message>
        <source>Caller identified the card</source>
        <translation>Innringer har identifisert kortet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Krever:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The caller has not been verified in this call.</source>
        <translation>Innringeren er ikke identifisert i dette anropet.</translation>
    </message>
    <message>
        <source>The caller failed %1 at %2.</source>
        <translation>Innringeren ble ikke identifisert: %1, %2.</translation>
    </message>
    <message>
        <source>Verified: %1 at %2.</source>
        <translation>Identifisert: %1, %2.</translation>
    </message>
    <message>
        <source>%1 at %2 has expired; verify the caller again.</source>
        <translation>%1 (%2) er utløpt; identifiser innringeren på nytt.</translation>
    </message>
    <message>
        <source>%1 at %2 is not enough for this.</source>
        <translation>%1 (%2) er ikke nok for dette.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan ikke opprette mappen %1.</translation>
    </message>
    <message>
        <source>Preparing demo data for %1 customers in %2 …</source>
        <translation>Forbereder demodata for %1 kunder i %2 …</translation>
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
    <message>
        <source>Screen pop for an incoming call: open the customer with this phone number (handed to a CardDesk already running on the same data).</source>
        <translation>Skjermvisning ved innkommende anrop: åpne kunden med dette telefonnummeret (sendes videre til en CardDesk som allerede kjører på de samme dataene).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <source>Handed the call to the CardDesk that is already running.</source>
        <translation>Anropet ble sendt videre til CardDesk-en som allerede kjører.</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>Mappen %1 finnes ikke.</translation>
    </message>
    <message>
        <source>%1 holds no .eml files; nothing was imported.</source>
        <translation>%1 inneholder ingen .eml-filer; ingenting ble importert.</translation>
    </message>
    <message>
        <source>Imported %1 message(s) from %2 file(s): %3 matched to customers, %4 already there.</source>
        <translation>Importerte %1 melding(er) fra %2 fil(er): %3 koblet til kunder, %4 fantes fra før.</translation>
    </message>
    <message>
        <source>Import every .eml file in &lt;dir&gt; into the inbox (MIME parsed, card numbers masked, threaded, matched to customers) and exit.</source>
        <translation>Importer alle .eml-filer i &lt;dir&gt; til innboksen (MIME-tolking, kortnumre maskeres, tråding, kobling til kunder) og avslutt.</translation>
    </message>
    <message>
        <source>Replaced the demo inbox with about %1 conversations in %2 s.</source>
        <translation>Demoinnboksen ble erstattet med omtrent %1 samtaler på %2 s.</translation>
    </message>
    <message>
        <source>The demo inbox already has about %1 conversations.</source>
        <translation>Demoinnboksen har allerede omtrent %1 samtaler.</translation>
    </message>
    <message>
        <source>With --seed-demo: about &lt;n&gt; demo conversations of five messages each (default: the density for the scale). On a database that already holds demo customers, replaces their inbox.</source>
        <translation>Med --seed-demo: omtrent &lt;n&gt; demosamtaler med i snitt fem meldinger hver (standard: tettheten for størrelsen). I en database som allerede har demokundene, erstattes innboksen deres.</translation>
    </message>
    <message>
        <source>--demo-conversations needs a number of 0 or more.</source>
        <translation>--demo-conversations trenger et tall som er 0 eller større.</translation>
    </message>
    <message>
        <source>View to capture: %1.</source>
        <translation>Visning det skal tas bilde av: %1.</translation>
    </message>
    <message>
        <source>Remote mode: work against the CardDesk server at &lt;url&gt; (the local database in --data-dir becomes its cache). The password comes from CARDDESK_PASSWORD, else it is asked for.</source>
        <translation>Fjernmodus: arbeid mot CardDesk-serveren på &lt;url&gt; (den lokale databasen i --data-dir blir hurtigbufferen). Passordet hentes fra CARDDESK_PASSWORD, ellers blir du spurt.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Remote mode: also trust the certificate authorities in this PEM file.</source>
        <translation>Fjernmodus: stol også på sertifikatutstederne i denne PEM-filen.</translation>
    </message>
    <message>
        <source>pem</source>
        <translation>pem</translation>
    </message>
    <message>
        <source>--server needs an http:// or https:// address, such as https://carddesk.example:8443.</source>
        <translation>--server trenger en http://- eller https://-adresse, for eksempel https://carddesk.example:8443.</translation>
    </message>
    <message>
        <source>--server needs --agent with your user name.</source>
        <translation>--server trenger --agent med brukernavnet ditt.</translation>
    </message>
</context>
</TS>
