<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AccountsPanel</name>
    <message>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <source>This customer has no accounts.</source>
        <translation>Kunden har inga konton.</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Kreditgräns</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Tillgängligt</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <source>Minimum due</source>
        <translation>Lägsta belopp</translation>
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
        <translation>Arbetsledare</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>%1 (%2), %3. Drop conversations here to reassign them.</source>
        <translation>%1 (%2), %3. Släpp ärenden här för att omfördela dem.</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Sedan %1</translation>
    </message>
    <message numerus="yes">
        <source>Average over %n first response(s) today, in SLA time</source>
        <translation>
            <numerusform>Genomsnitt av %n första svar idag, i SLA-tid</numerusform>
            <numerusform>Genomsnitt av %n första svar idag, i SLA-tid</numerusform>
        </translation>
    </message>
    <message>
        <source>Average first response today (minutes)</source>
        <translation>Genomsnittlig tid till första svar idag (minuter)</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Open conversations assigned to the agent</source>
        <translation>Öppna ärenden tilldelade handläggaren</translation>
    </message>
    <message>
        <source>Of those, past the SLA deadline that applies now</source>
        <translation>Av dessa, de som passerat den SLA-tidsfrist som gäller nu</translation>
    </message>
    <message>
        <source>Resolved or closed by the agent since midnight</source>
        <translation>Lösta eller stängda av handläggaren sedan midnatt</translation>
    </message>
    <message>
        <source>Average time to the first response today, in SLA time</source>
        <translation>Genomsnittlig tid till första svar idag, i SLA-tid</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Köer</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>open conversations</comment>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Breached</source>
        <comment>past the SLA deadline</comment>
        <translation>Överskridna</translation>
    </message>
    <message>
        <source>Handled today</source>
        <translation>Hanterade idag</translation>
    </message>
    <message>
        <source>Avg. first response</source>
        <translation>Första svar (snitt)</translation>
    </message>
</context>
<context>
    <name>AgentPicker</name>
    <message>
        <source>Reassign to Agent</source>
        <translation>Omfördela till handläggare</translation>
    </message>
    <message numerus="yes">
        <source>Reassign %n conversation(s) to:</source>
        <translation>
            <numerusform>Omfördela %n ärende till:</numerusform>
            <numerusform>Omfördela %n ärenden till:</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a name or a queue</source>
        <translation>Skriv ett namn eller en kö</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %Ln open</source>
        <comment>agent — presence, open conversations</comment>
        <translation>
            <numerusform>%1 — %2, %Ln öppet</numerusform>
            <numerusform>%1 — %2, %Ln öppna</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between queue names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>↑ ↓ to move, Enter to reassign, Esc to cancel</source>
        <translation>↑ ↓ för att flytta, Enter för att omfördela, Esc för att avbryta</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Omfördela</translation>
    </message>
</context>
<context>
    <name>AgentsPage</name>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>The agents&apos; figures could not be read.</source>
        <translation>Handläggarnas siffror kunde inte läsas.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln available</source>
        <comment>agents</comment>
        <translation>
            <numerusform>Tillgängliga: %1 av %Ln</numerusform>
            <numerusform>Tillgängliga: %1 av %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <comment>conversations</comment>
        <translation>
            <numerusform>%Ln valt</numerusform>
            <numerusform>%Ln valda</numerusform>
        </translation>
    </message>
    <message>
        <source>Open conversations</source>
        <translation>Öppna ärenden</translation>
    </message>
    <message>
        <source>Select an agent to see their open conversations.</source>
        <translation>Välj en handläggare för att se hens öppna ärenden.</translation>
    </message>
    <message>
        <source>%1 has no open conversations.</source>
        <translation>%1 har inga öppna ärenden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conversation(s)</source>
        <translation>
            <numerusform>%Ln öppet ärende</numerusform>
            <numerusform>%Ln öppna ärenden</numerusform>
        </translation>
    </message>
    <message>
        <source>These conversations are already %1&apos;s.</source>
        <translation>Ärendena är redan tilldelade %1.</translation>
    </message>
    <message numerus="yes">
        <source>Reassigning %Ln conversation(s) to %1…</source>
        <translation>
            <numerusform>Omfördelar %Ln ärende till %1…</numerusform>
            <numerusform>Omfördelar %Ln ärenden till %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s) reassigned to %1.</source>
        <translation>
            <numerusform>%Ln ärende har omfördelats till %1.</numerusform>
            <numerusform>%Ln ärenden har omfördelats till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was reassigned.</source>
        <translation>Inget omfördelades.</translation>
    </message>
    <message>
        <source>Nothing was returned to the queue.</source>
        <translation>Inget återfördes till kön.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s) returned to their queue.</source>
        <translation>
            <numerusform>%Ln ärende har återförts till sin kö.</numerusform>
            <numerusform>%Ln ärenden har återförts till sina köer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Reassign to Agent…</source>
        <translation>Omfördela till handläggare…</translation>
    </message>
    <message>
        <source>Return to Queue</source>
        <translation>Återför till kö</translation>
    </message>
    <message>
        <source>Reassign to…</source>
        <translation>Omfördela till…</translation>
    </message>
    <message>
        <source>Unassign the selected conversations; they wait in their queue again</source>
        <translation>Ta bort tilldelningen av de valda ärendena; de väntar i sin kö igen</translation>
    </message>
    <message>
        <source>Choose another agent for the selected conversations (%1)</source>
        <translation>Välj en annan handläggare för de valda ärendena (%1)</translation>
    </message>
    <message>
        <source>Select conversations, then press %1 or drag them onto an agent to reassign them.</source>
        <translation>Välj ärenden och tryck sedan på %1 eller dra dem till en handläggare för att omfördela dem.</translation>
    </message>
    <message>
        <source>The agent&apos;s open conversations</source>
        <translation>Handläggarens öppna ärenden</translation>
    </message>
</context>
<context>
    <name>AlertEvidencePanel</name>
    <message>
        <source>Amount far above usual</source>
        <translation>Belopp långt över det vanliga</translation>
    </message>
    <message>
        <source>At night, hours the customer never uses</source>
        <translation>Nattetid, tider då kunden aldrig handlar</translation>
    </message>
    <message>
        <source>New country while the card was used elsewhere</source>
        <translation>Nytt land medan kortet användes på annat håll</translation>
    </message>
    <message>
        <source>Rapid series of transactions</source>
        <translation>Snabb serie transaktioner</translation>
    </message>
    <message>
        <source>Online in a high-risk category</source>
        <translation>Internetköp i en högriskkategori</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>fraud alert</comment>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>Genuine</source>
        <comment>fraud alert</comment>
        <translation>Äkta</translation>
    </message>
    <message>
        <source>Fraud</source>
        <comment>fraud alert</comment>
        <translation>Bedrägeri</translation>
    </message>
    <message>
        <source>Suspicious transactions on %1</source>
        <translation>Misstänkta transaktioner med kort %1</translation>
    </message>
    <message>
        <source>online</source>
        <translation>internet</translation>
    </message>
    <message>
        <source>contactless</source>
        <translation>kontaktlöst</translation>
    </message>
    <message>
        <source>ATM</source>
        <translation>uttagsautomat</translation>
    </message>
    <message>
        <source>chip</source>
        <translation>chip</translation>
    </message>
    <message>
        <source>Closed as genuine by %1, %2.</source>
        <translation>Stängt som äkta av %1, %2.</translation>
    </message>
    <message>
        <source>Recorded as fraud by %1, %2.</source>
        <translation>Registrerat som bedrägeri av %1, %2.</translation>
    </message>
    <message>
        <source>Genuine transactions</source>
        <translation>Äkta transaktioner</translation>
    </message>
    <message>
        <source>How did the customer confirm these transactions? The note closes the alert.</source>
        <translation>Hur bekräftade kunden transaktionerna? Anteckningen stänger larmet.</translation>
    </message>
    <message>
        <source>Write how the customer confirmed the transactions; the alert stays open.</source>
        <translation>Skriv hur kunden bekräftade transaktionerna; larmet förblir öppet.</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Bedrägeri</translation>
    </message>
    <message>
        <source>The customer does not recognise these transactions. The compromised-card steps start next: lock the card first.

Note (optional):</source>
        <translation>Kunden känner inte igen transaktionerna. Därefter följer stegen för komprometterat kort: lås kortet först.

Anteckning (valfritt):</translation>
    </message>
    <message>
        <source>Genuine…</source>
        <translation>Äkta…</translation>
    </message>
    <message>
        <source>The customer confirms the transactions: close the alert with a note.</source>
        <translation>Kunden bekräftar transaktionerna: stäng larmet med en anteckning.</translation>
    </message>
    <message>
        <source>Fraud…</source>
        <translation>Bedrägeri…</translation>
    </message>
    <message>
        <source>Not the customer: record fraud and start the compromised-card steps.</source>
        <translation>Inte kunden: registrera bedrägeri och starta stegen för komprometterat kort.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Handlare</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>How</source>
        <comment>card used: chip, online…</comment>
        <translation>Betalsätt</translation>
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
        <translation>Inga ärenden under perioden</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>per vecka</translation>
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
        <translation>90:e percentilen</translation>
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
        <translation>Inga nöjdhetssvar under perioden</translation>
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
        <translation>vecka</translation>
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
        <translation>Första dagen infaller efter den sista. Välj en första dag som är %1 eller tidigare.</translation>
    </message>
    <message>
        <source>Choose at most %1 days.</source>
        <translation>Välj högst %1 dagar.</translation>
    </message>
    <message>
        <source>The figures could not be computed.</source>
        <translation>Siffrorna kunde inte beräknas.</translation>
    </message>
    <message>
        <source>%1 a day on average</source>
        <translation>%1 per dag i genomsnitt</translation>
    </message>
    <message>
        <source>%1 within target</source>
        <translation>%1 inom målet</translation>
    </message>
    <message>
        <source>Target %1 · %2</source>
        <translation>Mål %1 · %2</translation>
    </message>
    <message>
        <source>None in this period</source>
        <translation>Inga under perioden</translation>
    </message>
    <message>
        <source>%1 of %2 deadlines</source>
        <translation>%1 av %2 tidsfrister</translation>
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
        <translation>%1 · genomsnitt %2</translation>
    </message>
    <message>
        <source>%1 · %2 answered</source>
        <translation>%1 · %2 besvarade</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Första svar</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösning</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kö</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>Beräknar %1…</translation>
    </message>
    <message>
        <source>%1 · computed %2</source>
        <translation>%1 · beräknat %2</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Senaste 7 dagarna</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Senaste 30 dagarna</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Senaste 90 dagarna</translation>
    </message>
    <message>
        <source>Custom dates…</source>
        <translation>Egna datum…</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Första dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>Beräkna igen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation>Första svar, median</translation>
    </message>
    <message>
        <source>Resolution, median</source>
        <translation>Lösning, median</translation>
    </message>
    <message>
        <source>SLA met, team</source>
        <translation>SLA uppfyllt, teamet</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT)</source>
        <translation>Nöjdhet (CSAT)</translation>
    </message>
    <message>
        <source>Conversations per channel</source>
        <translation>Ärenden per kanal</translation>
    </message>
    <message>
        <source>Response and resolution times against the SLA</source>
        <translation>Svars- och lösningstider mot SLA</translation>
    </message>
    <message>
        <source>SLA met per agent</source>
        <translation>SLA uppfyllt per handläggare</translation>
    </message>
    <message>
        <source>SLA met per queue</source>
        <translation>SLA uppfyllt per kö</translation>
    </message>
    <message>
        <source>Topics and card outcomes per week</source>
        <translation>Ämnen och kortåtgärder per vecka</translation>
    </message>
    <message>
        <source>New conversations per topic. A week that rose by half or more over the week before (at least %1) is marked.</source>
        <translation>Nya ärenden per ämne. En vecka som ökade med hälften eller mer jämfört med veckan före (minst %1) markeras.</translation>
    </message>
    <message>
        <source>Satisfaction per week</source>
        <translation>Nöjdhet per vecka</translation>
    </message>
    <message>
        <source>Satisfaction per channel</source>
        <translation>Nöjdhet per kanal</translation>
    </message>
    <message>
        <source>Satisfaction per agent</source>
        <translation>Nöjdhet per handläggare</translation>
    </message>
    <message>
        <source>First response per channel</source>
        <translation>Första svar per kanal</translation>
    </message>
    <message>
        <source>Resolution per channel</source>
        <translation>Lösning per kanal</translation>
    </message>
</context>
<context>
    <name>AnalyticsTables</name>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Veckans första dag</translation>
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
        <translation>första svar</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvarade</translation>
    </message>
    <message>
        <source>First responses</source>
        <translation>Första svar</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>lösning</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Lösta</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Lösningar</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Median %1 (minutes)</source>
        <translation>Median för %1 (minuter)</translation>
    </message>
    <message>
        <source>90th pct.</source>
        <translation>90:e perc.</translation>
    </message>
    <message>
        <source>90th percentile %1 (minutes)</source>
        <translation>90:e percentilen för %1 (minuter)</translation>
    </message>
    <message>
        <source>Nine in ten took no longer than this</source>
        <translation>Nio av tio tog inte längre tid än så här</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Target %1 (minutes)</source>
        <translation>Mål för %1 (minuter)</translation>
    </message>
    <message>
        <source>The SLA target for normal priority</source>
        <translation>SLA-målet för normal prioritet</translation>
    </message>
    <message>
        <source>Met</source>
        <comment>within the SLA target</comment>
        <translation>Inom mål</translation>
    </message>
    <message>
        <source>Within target %1 (%)</source>
        <translation>Inom målet för %1 (%)</translation>
    </message>
    <message>
        <source>Within the SLA target</source>
        <translation>Inom SLA-målet</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alla kanaler</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mätta</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Uppfyllda</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA uppfyllt</translation>
    </message>
    <message>
        <source>SLA met (%)</source>
        <translation>SLA uppfyllt (%)</translation>
    </message>
    <message>
        <source>First responses and resolutions with a deadline in the period</source>
        <translation>Första svar och lösningar med en tidsfrist inom perioden</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Hela teamet</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>%1
so far</source>
        <comment>a week not over yet</comment>
        <translation>%1
hittills</translation>
    </message>
    <message>
        <source>%1, the week before the period, for the change</source>
        <translation>%1, veckan före perioden, för förändringen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>Change
%1</source>
        <comment>change in week 47</comment>
        <translation>Förändring
%1</translation>
    </message>
    <message>
        <source>Change in %1 over the week before (%)</source>
        <translation>Förändring %1 jämfört med veckan före (%)</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 jämfört med %2</translation>
    </message>
    <message>
        <source>Up %1 on the week before (%2 → %3)</source>
        <translation>Ökning med %1 jämfört med veckan före (%2 → %3)</translation>
    </message>
    <message>
        <source>New this week: %1, none the week before</source>
        <translation>Nytt denna vecka: %1, inga veckan före</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <source>Card outcomes</source>
        <translation>Kortåtgärder</translation>
    </message>
    <message>
        <source>Cards locked</source>
        <translation>Låsta kort</translation>
    </message>
    <message>
        <source>Cards replaced</source>
        <translation>Ersatta kort</translation>
    </message>
    <message>
        <source>Disputes filed</source>
        <translation>Registrerade reklamationer</translation>
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
        <translation>CSAT (% som svarat 4 eller 5)</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Genomsnitt</translation>
    </message>
    <message>
        <source>Average score (1–5)</source>
        <translation>Genomsnittligt betyg (1–5)</translation>
    </message>
    <message>
        <source>The share of answers that are 4 or 5 out of 5</source>
        <translation>Andelen svar som är 4 eller 5 av 5</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The certificate file %1 cannot be read: %2</source>
        <translation>Certifikatfilen %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate. Ask IT for the CA certificate of the CardDesk server in PEM form (text starting with -----BEGIN CERTIFICATE-----).</source>
        <translation>Filen %1 innehåller inget PEM-certifikat. Be IT om CA-certifikatet för CardDesk-servern i PEM-format (text som börjar med -----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>This CardDesk was built without TLS support; %1 cannot be used.</source>
        <translation>Den här CardDesk är byggd utan TLS-stöd; %1 kan inte användas.</translation>
    </message>
</context>
<context>
    <name>ApplicationController</name>
    <message>
        <source>Opening the customer database…</source>
        <translation>Öppnar kunddatabasen…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>The customer database is not open.</source>
        <translation>Kunddatabasen är inte öppen.</translation>
    </message>
    <message>
        <source>Choose a Folder for the Customer Database</source>
        <translation>Välj en mapp för kunddatabasen</translation>
    </message>
    <message>
        <source>No folder was chosen. The customer database is still not open.</source>
        <translation>Ingen mapp valdes. Kunddatabasen är fortfarande inte öppen.</translation>
    </message>
    <message>
        <source>Move the Damaged File Aside</source>
        <translation>Flytta undan den skadade filen</translation>
    </message>
    <message>
        <source>Move “%1” aside and start with a new, empty database?</source>
        <translation>Vill du flytta undan ”%1” och börja med en ny, tom databas?</translation>
    </message>
    <message>
        <source>The file is renamed to “%1” and kept in the same folder, so it can still be examined or recovered. Nothing is deleted.</source>
        <translation>Filen byter namn till ”%1” och ligger kvar i samma mapp, så att den fortfarande kan undersökas eller återställas. Ingenting raderas.</translation>
    </message>
    <message>
        <source>Move Aside</source>
        <translation>Flytta undan</translation>
    </message>
    <message>
        <source>The damaged file was left where it is. The customer database is still not open.</source>
        <translation>Den skadade filen lämnades där den är. Kunddatabasen är fortfarande inte öppen.</translation>
    </message>
    <message>
        <source>The file could not be renamed. Check that you may write to the folder, or choose another folder.</source>
        <translation>Filen kunde inte byta namn. Kontrollera att du har skrivbehörighet till mappen, eller välj en annan mapp.</translation>
    </message>
    <message>
        <source>Preparing demo customers: %1 of %2…</source>
        <translation>Förbereder demokunder: %1 av %2…</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inkorg</translation>
    </message>
    <message>
        <source>Open a customer or a conversation first: the card workflow is for the customer on screen.</source>
        <translation>Öppna en kund eller ett ärende först: arbetsflödet för kort gäller kunden på skärmen.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Logga in igen</translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Enter the password of %2 to go on. What you did meanwhile waits on this computer and is sent once you are signed in.</source>
        <translation>Din session på %1 har upphört. Ange lösenordet för %2 för att fortsätta. Det du gjort under tiden väntar på den här datorn och skickas när du har loggat in.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Loggar in…</translation>
    </message>
    <message>
        <source>Signed in again. Waiting work is being sent.</source>
        <translation>Inloggad igen. Det som väntade skickas nu.</translation>
    </message>
    <message>
        <source>No password for %1: set CARDDESK_PASSWORD, or start without --screenshot to be asked.</source>
        <translation>Lösenord saknas för %1: ange CARDDESK_PASSWORD, eller starta utan --screenshot så tillfrågas du.</translation>
    </message>
    <message>
        <source>Sign in to CardDesk</source>
        <translation>Logga in i CardDesk</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>Lösenord för %1 på %2:</translation>
    </message>
    <message>
        <source>Not signed in: CardDesk needs the password of %1 to reach %2.</source>
        <translation>Inte inloggad: CardDesk behöver lösenordet för %1 för att nå %2.</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Arbetsledning</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The attachment could not be read.</source>
        <translation>Bilagan kunde inte läsas.</translation>
    </message>
    <message>
        <source>The attachment folder %1 could not be created.</source>
        <translation>Mappen för bilagor %1 kunde inte skapas.</translation>
    </message>
    <message>
        <source>The attachment could not be written: %1</source>
        <translation>Bilagan kunde inte skrivas: %1</translation>
    </message>
    <message>
        <source>The attachment could not be read: %1</source>
        <translation>Bilagan kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>The attachment is larger than the limit of %1 MB and was not stored.</source>
        <translation>Bilagan är större än gränsen på %1 MB och har inte sparats.</translation>
    </message>
    <message>
        <source>The attachment could not be stored: %1</source>
        <translation>Bilagan kunde inte sparas: %1</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>entry %1 is missing</source>
        <translation>post %1 saknas</translation>
    </message>
    <message>
        <source>entry %1 is out of order</source>
        <translation>post %1 ligger i fel ordning</translation>
    </message>
    <message>
        <source>entry %1 does not continue the chain</source>
        <translation>post %1 fortsätter inte kedjan</translation>
    </message>
    <message>
        <source>entry %1 does not link to entry %2: one of them was altered</source>
        <translation>post %1 länkar inte till post %2: en av dem har ändrats</translation>
    </message>
    <message>
        <source>entry %1 was altered</source>
        <translation>post %1 har ändrats</translation>
    </message>
</context>
<context>
    <name>AuditEntryDetails</name>
    <message>
        <source>Entry %1 · %2</source>
        <translation>Post %1 · %2</translation>
    </message>
    <message>
        <source>Chain check: %1</source>
        <translation>Kedjekontroll: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>display name (user name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objekt</translation>
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
        <translation>(inga)</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kedja</translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation>Föregående hash</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Select an entry to see everything it records: the details as written, and the hashes that chain it to the entry before.</source>
        <translation>Välj en post för att se allt den registrerar: detaljerna som de skrevs och de hashvärden som kedjar den till posten före.</translation>
    </message>
</context>
<context>
    <name>AuditEntryModel</name>
    <message>
        <source>The chain check found this entry broken.</source>
        <translation>Kedjekontrollen visade att posten är bruten.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objekt</translation>
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
        <translation>Alla handläggare</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>display name (user name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alla åtgärder</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>&amp;Handläggare</translation>
    </message>
    <message>
        <source>C&amp;ustomer number</source>
        <translation>K&amp;undnummer</translation>
    </message>
    <message>
        <source>Ca&amp;rd</source>
        <translation>Kor&amp;t</translation>
    </message>
    <message>
        <source>Ac&amp;tion</source>
        <translation>Åt&amp;gärd</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <comment>last day of a date range</comment>
        <translation>T&amp;ill</translation>
    </message>
    <message>
        <source>e.g. 100000042</source>
        <translation>t.ex. 100000042</translation>
    </message>
    <message>
        <source>Last four or #id</source>
        <translation>Fyra sista eller #id</translation>
    </message>
    <message>
        <source>The card&apos;s last four digits (1234), or its id (#45). Never a full card number.</source>
        <translation>Kortets fyra sista siffror (1234) eller dess id (#45). Aldrig ett fullständigt kortnummer.</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Alla dagar</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
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
        <translation>nej</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Inloggad</translation>
    </message>
    <message>
        <source>Card locked</source>
        <translation>Kort låst</translation>
    </message>
    <message>
        <source>Card unlocked</source>
        <translation>Kort upplåst</translation>
    </message>
    <message>
        <source>Card closed</source>
        <translation>Kort stängt</translation>
    </message>
    <message>
        <source>Card activated</source>
        <translation>Kort aktiverat</translation>
    </message>
    <message>
        <source>Card controls changed</source>
        <translation>Kortinställningar ändrade</translation>
    </message>
    <message>
        <source>Spending limits changed</source>
        <translation>Beloppsgränser ändrade</translation>
    </message>
    <message>
        <source>Replacement card ordered</source>
        <translation>Ersättningskort beställt</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>PIN-kod bytt</translation>
    </message>
    <message>
        <source>Card reported not received</source>
        <translation>Kort anmält som ej mottaget</translation>
    </message>
    <message>
        <source>Identity verification recorded</source>
        <translation>Identifiering registrerad</translation>
    </message>
    <message>
        <source>Contact details changed</source>
        <translation>Kontaktuppgifter ändrade</translation>
    </message>
    <message>
        <source>National ID revealed</source>
        <translation>Personnummer visat</translation>
    </message>
    <message>
        <source>Reply sent</source>
        <translation>Svar skickat</translation>
    </message>
    <message>
        <source>Internal note added</source>
        <translation>Intern anteckning tillagd</translation>
    </message>
    <message>
        <source>Conversations assigned</source>
        <translation>Ärenden tilldelade</translation>
    </message>
    <message>
        <source>Conversation status changed</source>
        <translation>Ärendestatus ändrad</translation>
    </message>
    <message>
        <source>Conversation priority changed</source>
        <translation>Ärendeprioritet ändrad</translation>
    </message>
    <message>
        <source>Topics added</source>
        <translation>Ämnen tillagda</translation>
    </message>
    <message>
        <source>Call logged</source>
        <translation>Samtal registrerat</translation>
    </message>
    <message>
        <source>Email imported</source>
        <translation>E-post importerad</translation>
    </message>
    <message>
        <source>All card actions</source>
        <translation>Alla kortåtgärder</translation>
    </message>
    <message>
        <source>All customer actions</source>
        <translation>Alla kundåtgärder</translation>
    </message>
    <message>
        <source>All conversation actions</source>
        <translation>Alla ärendeåtgärder</translation>
    </message>
    <message>
        <source>All sign-ins</source>
        <translation>Alla inloggningar</translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation>Kund #%1</translation>
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
        <translation>Ärende %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln ärende</numerusform>
            <numerusform>%Ln ärenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Handläggare %1</translation>
    </message>
    <message>
        <source>Incoming email</source>
        <translation>Inkommande e-post</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>state before → after</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>passed</source>
        <comment>verification</comment>
        <translation>godkänd</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>verification</comment>
        <translation>misslyckad</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s)</source>
        <translation>
            <numerusform>%Ln fält</numerusform>
            <numerusform>%Ln fält</numerusform>
        </translation>
    </message>
    <message>
        <source>altered after it was written</source>
        <translation>ändrad efter att den skrevs</translation>
    </message>
    <message>
        <source>an entry before it is missing</source>
        <translation>en tidigare post saknas</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>i fel ordning</translation>
    </message>
    <message>
        <source>does not link to the entry before it</source>
        <translation>länkar inte till posten före</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>entry %1 before this one is missing</source>
        <translation>post %1 före den här saknas</translation>
    </message>
    <message>
        <source>Checking the chain…</source>
        <translation>Kontrollerar kedjan…</translation>
    </message>
    <message numerus="yes">
        <source>The chain check was stopped after %Ln entries; nothing wrong was found in them.</source>
        <translation>
            <numerusform>Kedjekontrollen stoppades efter %Ln post; inget fel hittades i den.</numerusform>
            <numerusform>Kedjekontrollen stoppades efter %Ln poster; inga fel hittades i dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Entry %1</source>
        <translation>Visa post %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Inga poster matchar filtren.</translation>
    </message>
    <message>
        <source>Showing the newest %1 matching entries. Narrow the filters to reach older ones.</source>
        <translation>Visar de %1 nyaste matchande posterna. Begränsa filtren för att nå äldre poster.</translation>
    </message>
    <message>
        <source>%1 entries shown, newest first; more load as you scroll.</source>
        <translation>%1 poster visas, nyaste först; fler läses in när du rullar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching entries, newest first.</source>
        <translation>
            <numerusform>%Ln matchande post, nyaste först.</numerusform>
            <numerusform>%Ln matchande poster, nyaste först.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing entry %1 and older.</source>
        <translation>Visar post %1 och äldre.</translation>
    </message>
    <message>
        <source>Audit Log — CardDesk</source>
        <translation>Granskningslogg — CardDesk</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <source>Every card action, identity reveal, change and sign-in, chained by SHA-256 so that an edited or removed entry shows.</source>
        <translation>Varje kortåtgärd, visning av personnummer, ändring och inloggning, kedjade med SHA-256 så att en ändrad eller borttagen post syns.</translation>
    </message>
    <message>
        <source>Check Chain</source>
        <translation>Kontrollera kedjan</translation>
    </message>
    <message>
        <source>Verify every entry&apos;s hash and link, from the first entry to the last</source>
        <translation>Kontrollera varje posts hash och länk, från den första posten till den sista</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
    <message>
        <source>Show newest</source>
        <translation>Visa nyaste</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Granskningsposter</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Postdetaljer</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Tid (UTC)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Handläggarens namn</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>Åtgärdskod</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objekt</translation>
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
        <translation>Kunde inte spara %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries saved to %1.</source>
        <translation>
            <numerusform>%Ln post har sparats i %1.</numerusform>
            <numerusform>%Ln poster har sparats i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>These are the entries loaded so far; scroll further or narrow the filters to include older ones.</source>
        <translation>Det här är de poster som hittills har lästs in; rulla vidare eller begränsa filtren för att ta med äldre poster.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV file</source>
        <translation>Spara de visade posterna som en CSV-fil</translation>
    </message>
</context>
<context>
    <name>BulkActionBar</name>
    <message numerus="yes">
        <source>%n selected</source>
        <comment>conversations</comment>
        <translation>
            <numerusform>%n valt</numerusform>
            <numerusform>%n valda</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign to Me</source>
        <translation>Tilldela mig</translation>
    </message>
    <message>
        <source>Assign To</source>
        <translation>Tilldela</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Add Topic</source>
        <translation>Lägg till ämne</translation>
    </message>
    <message>
        <source>Agent…</source>
        <translation>Handläggare…</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Kö: %1</translation>
    </message>
</context>
<context>
    <name>CardActionDialog</name>
    <message>
        <source>The customer wants a pause</source>
        <translation>Kunden vill pausa kortet</translation>
    </message>
    <message>
        <source>Misplaced; it may turn up</source>
        <translation>Förlagt; kan dyka upp igen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Borttappat</translation>
    </message>
    <message>
        <source>Stolen</source>
        <translation>Stulet</translation>
    </message>
    <message>
        <source>Suspected fraud</source>
        <translation>Misstänkt bedrägeri</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Skadat</translation>
    </message>
    <message>
        <source>Lock the card %1</source>
        <translation>Lås kortet %1</translation>
    </message>
    <message>
        <source>A temporary lock: the card declines every payment until it is unlocked. The customer keeps the card and its number. If it is surely lost or stolen, use &quot;Lost, stolen or damaged…&quot; instead: it locks, reviews the spending and orders a new card in one go.</source>
        <translation>En tillfällig låsning: kortet nekar alla betalningar tills det låses upp. Kunden behåller kortet och kortnumret. Om kortet med säkerhet är borttappat eller stulet, använd i stället ”Borttappat, stulet eller skadat…”: då låses kortet, transaktionerna gås igenom och ett nytt kort beställs i ett och samma flöde.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Orsak:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Anteckning:</translation>
    </message>
    <message>
        <source>Optional: what the customer said</source>
        <translation>Valfritt: vad kunden sa</translation>
    </message>
    <message>
        <source>Lock card</source>
        <translation>Lås kortet</translation>
    </message>
    <message>
        <source>Unlock the card %1</source>
        <translation>Lås upp kortet %1</translation>
    </message>
    <message>
        <source>The card works again at once, for everything its controls allow.</source>
        <translation>Kortet fungerar igen direkt, för allt som kortinställningarna tillåter.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Varför:</translation>
    </message>
    <message>
        <source>Required: for example, the customer found the card</source>
        <translation>Obligatoriskt: till exempel att kunden har hittat kortet</translation>
    </message>
    <message>
        <source>Unlock card</source>
        <translation>Lås upp kortet</translation>
    </message>
    <message>
        <source>Activate the card %1</source>
        <translation>Aktivera kortet %1</translation>
    </message>
    <message>
        <source>Activate a card only while the customer holds it: ask them to read the last four digits from the card in their hand. A replacement for a damaged or expired card closes the old card now.</source>
        <translation>Aktivera ett kort bara medan kunden har det i handen: be kunden läsa upp de fyra sista siffrorna från kortet. Ett ersättningskort för ett skadat eller utgånget kort stänger det gamla kortet direkt.</translation>
    </message>
    <message>
        <source>The customer confirms the card %1 is in their hands</source>
        <translation>Kunden bekräftar att hen har kortet %1 i handen</translation>
    </message>
    <message>
        <source>Activate card</source>
        <translation>Aktivera kortet</translation>
    </message>
    <message>
        <source>New PIN for the card %1</source>
        <translation>Ny PIN-kod för kortet %1</translation>
    </message>
    <message>
        <source>The card gets a new PIN; the old one stops working when the new one is delivered.</source>
        <translation>Kortet får en ny PIN-kod; den gamla slutar fungera när den nya har levererats.</translation>
    </message>
    <message>
        <source>PIN letter to the registered address</source>
        <translation>PIN-brev till den registrerade adressen</translation>
    </message>
    <message>
        <source>Show the new PIN in the customer&apos;s app</source>
        <translation>Visa den nya PIN-koden i kundens app</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Byt PIN-kod</translation>
    </message>
    <message>
        <source>Card %1 not received</source>
        <translation>Kortet %1 har inte kommit fram</translation>
    </message>
    <message>
        <source>The card is closed now, as it may be in someone else&apos;s hands, and the address it was sent to is flagged. Then confirm the address with the customer and order a new card.</source>
        <translation>Kortet stängs nu, eftersom det kan vara i någon annans händer, och adressen det skickades till flaggas. Bekräfta sedan adressen med kunden och beställ ett nytt kort.</translation>
    </message>
    <message>
        <source>Close card and flag address</source>
        <translation>Stäng kortet och flagga adressen</translation>
    </message>
    <message>
        <source>Confirm the customer&apos;s address</source>
        <translation>Bekräfta kundens adress</translation>
    </message>
    <message>
        <source>The address is flagged: %1. Clear the flag only after the customer has confirmed their registered address; new cards and PIN letters go there again.</source>
        <translation>Adressen är flaggad: %1. Ta bort flaggan först när kunden har bekräftat sin registrerade adress; nya kort och PIN-brev skickas då dit igen.</translation>
    </message>
    <message>
        <source>The customer has confirmed the registered address</source>
        <translation>Kunden har bekräftat den registrerade adressen</translation>
    </message>
    <message>
        <source>Optional: for example, the name was missing from the mailbox</source>
        <translation>Valfritt: till exempel att namnet saknades på brevlådan</translation>
    </message>
    <message>
        <source>Clear the flag</source>
        <translation>Ta bort flaggan</translation>
    </message>
    <message>
        <source>Write why the card is unlocked, for example &quot;the customer found it&quot;.</source>
        <translation>Skriv varför kortet låses upp, till exempel ”kunden hittade det”.</translation>
    </message>
    <message>
        <source>A new card for %1</source>
        <translation>Ett nytt kort i stället för %1</translation>
    </message>
    <message>
        <source>The card %1 is closed. The new card gets a new number and the same controls and limits; it goes to the registered address. Confirm the address with the customer first.</source>
        <translation>Kortet %1 är stängt. Det nya kortet får ett nytt nummer och samma inställningar och gränser; det skickas till den registrerade adressen. Bekräfta adressen med kunden först.</translation>
    </message>
    <message>
        <source>The card %1 is closed. The new card keeps the number, controls and limits; it goes to the registered address. Confirm the address with the customer first.</source>
        <translation>Kortet %1 är stängt. Det nya kortet behåller numret, inställningarna och gränserna; det skickas till den registrerade adressen. Bekräfta adressen med kunden först.</translation>
    </message>
    <message>
        <source>By post (5 business days)</source>
        <translation>Med post (5 bankdagar)</translation>
    </message>
    <message>
        <source>By courier, expedited (2 business days)</source>
        <translation>Express med bud (2 bankdagar)</translation>
    </message>
    <message>
        <source>Keep the current PIN</source>
        <translation>Behåll nuvarande PIN-kod</translation>
    </message>
    <message>
        <source>New PIN, sent by letter separately</source>
        <translation>Ny PIN-kod, skickas separat med brev</translation>
    </message>
    <message>
        <source>Order the new card</source>
        <translation>Beställ det nya kortet</translation>
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
        <translation>Datum</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Handlare</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Declined by</source>
        <translation>Nekat av</translation>
    </message>
    <message>
        <source>Transactions these settings would have declined</source>
        <translation>Transaktioner som de här inställningarna hade nekat</translation>
    </message>
    <message>
        <source>What they would have declined in the last %1 days</source>
        <translation>Vad de hade nekat under de senaste %1 dagarna</translation>
    </message>
    <message>
        <source>Loading the card&apos;s current settings…</source>
        <translation>Läser in kortets nuvarande inställningar…</translation>
    </message>
    <message>
        <source>Checking the last %1 days…</source>
        <translation>Kontrollerar de senaste %1 dagarna…</translation>
    </message>
    <message>
        <source>The last %1 days could not be checked: %2</source>
        <translation>De senaste %1 dagarna kunde inte kontrolleras: %2</translation>
    </message>
    <message numerus="yes">
        <source>These settings would not have declined any of the %n purchase(s) in the last %1 days.</source>
        <translation>
            <numerusform>De här inställningarna hade inte nekat %n köp under de senaste %1 dagarna.</numerusform>
            <numerusform>De här inställningarna hade inte nekat något av de %n köpen under de senaste %1 dagarna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These settings would have declined %1 of %n purchase(s) in the last %2 days.</source>
        <translation>
            <numerusform>De här inställningarna hade nekat %1 av %n köp under de senaste %2 dagarna.</numerusform>
            <numerusform>De här inställningarna hade nekat %1 av %n köp under de senaste %2 dagarna.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed yet</source>
        <translation>Inget ändrat än</translation>
    </message>
    <message>
        <source>Wait for the preview of what these settings would have declined</source>
        <translation>Vänta på förhandsvisningen av vad inställningarna hade nekat</translation>
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
        <translation>Kunden har inga kort.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>card status · reason</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Går ut %1</translation>
    </message>
    <message>
        <source>Replaces %1</source>
        <translation>Ersätter %1</translation>
    </message>
    <message>
        <source>Replacement card</source>
        <translation>Ersättningskort</translation>
    </message>
    <message>
        <source>Replaced by %1</source>
        <translation>Ersatt av %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>Utland</translation>
    </message>
    <message>
        <source>Contactless</source>
        <translation>Kontaktlöst</translation>
    </message>
    <message>
        <source>ATM</source>
        <translation>Uttagsautomat</translation>
    </message>
    <message>
        <source>Caller not verified</source>
        <translation>Den som ringer: inte identifierad</translation>
    </message>
    <message>
        <source>Caller failed verification</source>
        <translation>Den som ringer: identifiering misslyckad</translation>
    </message>
    <message>
        <source>Caller strongly verified</source>
        <translation>Den som ringer: starkt identifierad</translation>
    </message>
    <message>
        <source>Caller identified the card</source>
        <translation>Den som ringer: kortet identifierat</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2; valid for %n minute(s) in this call</source>
        <translation>
            <numerusform>%1 %2; giltig i %n minut under det här samtalet</numerusform>
            <numerusform>%1 %2; giltig i %n minuter under det här samtalet</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the caller&apos;s verification in any card action.</source>
        <translation>Registrera identifieringen av den som ringer i valfri kortåtgärd.</translation>
    </message>
    <message>
        <source>Address flagged</source>
        <translation>Adressen flaggad</translation>
    </message>
    <message>
        <source>%1. Confirm the registered address with the customer before a new card or a PIN letter goes there.</source>
        <translation>%1. Bekräfta den registrerade adressen med kunden innan ett nytt kort eller ett PIN-brev skickas dit.</translation>
    </message>
    <message>
        <source>Address confirmed…</source>
        <translation>Adressen bekräftad…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Actions for the card %1</source>
        <translation>Åtgärder för kortet %1</translation>
    </message>
    <message>
        <source>Needs %1</source>
        <translation>Kräver %1</translation>
    </message>
    <message>
        <source>Lock…</source>
        <translation>Lås…</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Lås upp…</translation>
    </message>
    <message>
        <source>Activate…</source>
        <translation>Aktivera…</translation>
    </message>
    <message>
        <source>New PIN…</source>
        <translation>Ny PIN-kod…</translation>
    </message>
    <message>
        <source>Card not received…</source>
        <translation>Kortet har inte kommit…</translation>
    </message>
    <message>
        <source>Controls…</source>
        <translation>Kortinställningar…</translation>
    </message>
    <message>
        <source>Limits…</source>
        <translation>Beloppsgränser…</translation>
    </message>
    <message>
        <source>Lost, stolen or damaged…</source>
        <translation>Borttappat, stulet eller skadat…</translation>
    </message>
    <message>
        <source>by post to the registered address</source>
        <translation>med post till den registrerade adressen</translation>
    </message>
    <message>
        <source>to a pickup point</source>
        <translation>till ett utlämningsställe</translation>
    </message>
    <message>
        <source>to the pickup point %1</source>
        <translation>till utlämningsstället %1</translation>
    </message>
    <message>
        <source>by courier (expedited) to the registered address</source>
        <translation>med bud (express) till den registrerade adressen</translation>
    </message>
    <message>
        <source>Ordered %1, %2; leaves %3, arrives about %4</source>
        <translation>Beställt %1, %2; skickas %3, kommer cirka %4</translation>
    </message>
    <message>
        <source>On its way %1 (ordered %2); arrives about %3</source>
        <translation>På väg %1 (beställt %2); kommer cirka %3</translation>
    </message>
    <message>
        <source>At the pickup point since %1 (ordered %2); activate it once the customer has it</source>
        <translation>På utlämningsstället sedan %1 (beställt %2); aktivera det när kunden har fått det</translation>
    </message>
    <message>
        <source>At the pickup point (ordered %1); activate it once the customer has it</source>
        <translation>På utlämningsstället (beställt %1); aktivera det när kunden har fått det</translation>
    </message>
    <message>
        <source>Delivered %1 %2 (ordered %3); activate it once the customer has it</source>
        <translation>Levererat %1 %2 (beställt %3); aktivera det när kunden har fått det</translation>
    </message>
    <message>
        <source>Delivered %1 (ordered %2); activate it once the customer has it</source>
        <translation>Levererat %1 (beställt %2); aktivera det när kunden har fått det</translation>
    </message>
    <message>
        <source>Order a new card…</source>
        <translation>Beställ ett nytt kort…</translation>
    </message>
    <message>
        <source>Lock requested, not yet in effect — if the link stays down, ask the customer to lock the card in the app or call the card hotline.</source>
        <translation>Låsning begärd, inte i kraft än — om förbindelsen inte kommer tillbaka, be kunden låsa kortet i appen eller ring kortspärren.</translation>
    </message>
    <message>
        <source>Closing requested, not yet in effect — if the link stays down, call the card hotline to block the card.</source>
        <translation>Stängning begärd, inte i kraft än — om förbindelsen inte kommer tillbaka, ring kortspärren för att spärra kortet.</translation>
    </message>
    <message>
        <source>Unlock requested, not yet in effect — the card stays locked until the server confirms it.</source>
        <translation>Upplåsning begärd, inte i kraft än — kortet förblir låst tills servern bekräftar det.</translation>
    </message>
    <message>
        <source>Change requested, not yet in effect — it is sent when the link to the server is back.</source>
        <translation>Ändring begärd, inte i kraft än — den skickas när förbindelsen med servern är tillbaka.</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Inbox Actions</source>
        <translation>Åtgärder i inkorgen</translation>
    </message>
    <message>
        <source>Type an action…</source>
        <translation>Skriv en åtgärd…</translation>
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
        <translation>Ändringen kunde inte sparas och ingenting har ändrats. Försök igen. Om felet kvarstår, meddela din arbetsledare.</translation>
    </message>
</context>
<context>
    <name>CommandRoute</name>
    <message>
        <source>The command %1 names several conversations; it is sent one conversation at a time (split it first).</source>
        <translation>Kommandot %1 gäller flera ärenden; det skickas ett ärende i taget (dela upp det först).</translation>
    </message>
    <message>
        <source>The dispute does not name its transaction (subject %1).</source>
        <translation>Reklamationen anger inte sin transaktion (objekt %1).</translation>
    </message>
    <message>
        <source>The command %1 is not sent to the server: in remote mode the server does this itself.</source>
        <translation>Kommandot %1 skickas inte till servern: i fjärrläge gör servern det själv.</translation>
    </message>
    <message>
        <source>CardDesk does not know how to send a command of type %1 to the server.</source>
        <translation>CardDesk vet inte hur ett kommando av typen %1 skickas till servern.</translation>
    </message>
    <message>
        <source>The command %1 has the subject %2; it needs a %3.</source>
        <translation>Kommandot %1 har objektet %2; det behöver ett %3.</translation>
    </message>
    <message>
        <source>The command %1 cannot be sent: the request needs the %2, which neither the command nor the cache gave.</source>
        <translation>Kommandot %1 kan inte skickas: begäran behöver %2, som varken kommandot eller cachen gav.</translation>
    </message>
    <message>
        <source>The command %1 cannot be sent: it does not say which version it changes (expectedVersion).</source>
        <translation>Kommandot %1 kan inte skickas: det anger inte vilken version det ändrar (expectedVersion).</translation>
    </message>
    <message>
        <source>The command %1 cannot be sent: it needs the version of %2 the agent saw.</source>
        <translation>Kommandot %1 kan inte skickas: det behöver den version av %2 som handläggaren såg.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Fill in before sending: %1</source>
        <translation>Fyll i före sändning: %1</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Skriv anteckningen först.</translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation>Skriv svaret först.</translation>
    </message>
    <message>
        <source>Card Number in the Text</source>
        <translation>Kortnummer i texten</translation>
    </message>
    <message>
        <source>This note contains a card number. Card numbers are never stored in full.</source>
        <translation>Anteckningen innehåller ett kortnummer. Kortnummer sparas aldrig i sin helhet.</translation>
    </message>
    <message>
        <source>This reply contains a card number. Card numbers are never sent or stored in full.</source>
        <translation>Svaret innehåller ett kortnummer. Kortnummer skickas eller sparas aldrig i sin helhet.</translation>
    </message>
    <message>
        <source>Mask it to the first six and last four digits and send, or go back and edit the text.</source>
        <translation>Maskera det så att bara de sex första och fyra sista siffrorna syns och skicka, eller gå tillbaka och redigera texten.</translation>
    </message>
    <message>
        <source>Mask It and Send</source>
        <translation>Maskera och skicka</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Svara</translation>
    </message>
    <message>
        <source>Reply to the customer by %1 (R)</source>
        <translation>Svara kunden via %1 (R)</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Intern anteckning</translation>
    </message>
    <message>
        <source>A note only agents see (N)</source>
        <translation>En anteckning som bara handläggare ser (N)</translation>
    </message>
    <message>
        <source>Macros</source>
        <translation>Svarsmallar</translation>
    </message>
    <message>
        <source>Insert a macro (Ctrl+M, or / at the start of a line)</source>
        <translation>Infoga en svarsmall (Ctrl+M, eller / i början av en rad)</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Lägg till anteckning</translation>
    </message>
    <message>
        <source>Send Reply</source>
        <translation>Skicka svar</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Internal note — only agents see this.</source>
        <translation>Intern anteckning – bara handläggare ser den.</translation>
    </message>
    <message>
        <source>Phone conversations are answered by phone: Ctrl+L logs a call. Notes are never shown to the customer.</source>
        <translation>Telefonärenden besvaras per telefon: Ctrl+L registrerar ett samtal. Anteckningar visas aldrig för kunden.</translation>
    </message>
    <message>
        <source>Never shown to the customer. Ctrl+Enter adds the note.</source>
        <translation>Visas aldrig för kunden. Ctrl+Enter lägger till anteckningen.</translation>
    </message>
    <message>
        <source>Write a reply, or type / for a macro…</source>
        <translation>Skriv ett svar, eller skriv / för en svarsmall…</translation>
    </message>
    <message>
        <source>Goes to the customer by %1. Macros in %2. Ctrl+Enter sends.</source>
        <translation>Skickas till kunden via %1. Svarsmallar på %2. Ctrl+Enter skickar.</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Offline since %1</source>
        <translation>Offline sedan %1</translation>
    </message>
    <message numerus="yes">
        <source>Offline since %1 · %n change(s) not yet sent</source>
        <translation>
            <numerusform>Offline sedan %1 · %n ändring inte skickad än</numerusform>
            <numerusform>Offline sedan %1 · %n ändringar inte skickade än</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 sent</source>
        <translation>Synkroniserar: %1 av %2 skickade</translation>
    </message>
    <message numerus="yes">
        <source>Online · sign in again to send %n change(s)</source>
        <translation>
            <numerusform>Online · logga in igen för att skicka %n ändring</numerusform>
            <numerusform>Online · logga in igen för att skicka %n ändringar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Online · %n change(s) waiting to be sent</source>
        <translation>
            <numerusform>Online · %n ändring väntar på att skickas</numerusform>
            <numerusform>Online · %n ändringar väntar på att skickas</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
</context>
<context>
    <name>ContactDetailsEditor</name>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
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
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>For example +358 40 123 4567</source>
        <translation>Till exempel +358 40 123 4567</translation>
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
        <translation>Kontaktuppgifterna har sparats.</translation>
    </message>
    <message>
        <source>Some details need correcting. See the messages next to the fields.</source>
        <translation>Vissa uppgifter behöver rättas. Se meddelandena bredvid fälten.</translation>
    </message>
    <message>
        <source>The customer was changed by someone else while you were editing. Reload to see the current details, then make your change again.</source>
        <translation>Kunden ändrades av någon annan medan du redigerade. Ladda om för att se de aktuella uppgifterna och gör sedan ändringen igen.</translation>
    </message>
    <message>
        <source>The change could not be saved. Nothing was changed; try again.</source>
        <translation>Ändringen kunde inte sparas. Ingenting har ändrats; försök igen.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <source>Marketing: %1  ·  SMS: %2</source>
        <translation>Marknadsföring:&#xa0;%1  ·  SMS:&#xa0;%2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktuppgifter</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Change phone, email, address or language</source>
        <translation>Ändra telefon, e-post, adress eller språk</translation>
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
        <translation>Adress</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>IDENTITY</source>
        <translation>IDENTITET</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>Personnummer</translation>
    </message>
</context>
<context>
    <name>ContactValidator</name>
    <message>
        <source>Enter the part before the @ sign too, for example name@example.com.</source>
        <translation>Skriv även delen före @-tecknet, till exempel namn@example.com.</translation>
    </message>
    <message>
        <source>The part before the @ sign is too long. It can have at most 64 characters.</source>
        <translation>Delen före @-tecknet är för lång. Den får ha högst 64 tecken.</translation>
    </message>
    <message>
        <source>The part before the @ sign cannot start or end with a dot or have two dots in a row. Check the address with the customer.</source>
        <translation>Delen före @-tecknet får inte börja eller sluta med punkt eller ha två punkter i rad. Kontrollera adressen med kunden.</translation>
    </message>
    <message>
        <source>Enter the domain after the @ sign with at least one dot, for example name@example.com.</source>
        <translation>Skriv domänen efter @-tecknet med minst en punkt, till exempel namn@example.com.</translation>
    </message>
    <message>
        <source>The domain after the @ sign cannot start or end with a dot or have two dots in a row. Check the address with the customer.</source>
        <translation>Domänen efter @-tecknet får inte börja eller sluta med punkt eller ha två punkter i rad. Kontrollera adressen med kunden.</translation>
    </message>
    <message>
        <source>A part of the domain after the @ sign cannot start or end with a hyphen. Check the address with the customer.</source>
        <translation>En del av domänen efter @-tecknet får inte börja eller sluta med bindestreck. Kontrollera adressen med kunden.</translation>
    </message>
    <message>
        <source>The domain after the @ sign can contain only letters, digits, hyphens and dots. Check the address with the customer.</source>
        <translation>Domänen efter @-tecknet får bara innehålla bokstäver, siffror, bindestreck och punkter. Kontrollera adressen med kunden.</translation>
    </message>
    <message>
        <source>The domain after the @ sign must end in a name such as .fi or .com. Check the address with the customer.</source>
        <translation>Domänen efter @-tecknet måste sluta med en ändelse som .fi eller .com. Kontrollera adressen med kunden.</translation>
    </message>
    <message>
        <source>The domain after the @ sign is not a valid internet domain. Check the address with the customer.</source>
        <translation>Domänen efter @-tecknet är inte en giltig internetdomän. Kontrollera adressen med kunden.</translation>
    </message>
    <message>
        <source>Enter an email address, for example name@example.com.</source>
        <translation>Skriv en e-postadress, till exempel namn@example.com.</translation>
    </message>
    <message>
        <source>The email address is too long. An address can have at most 254 characters.</source>
        <translation>E-postadressen är för lång. En adress får ha högst 254 tecken.</translation>
    </message>
    <message>
        <source>The email address contains invisible control characters. Type the address again instead of pasting it.</source>
        <translation>E-postadressen innehåller osynliga styrtecken. Skriv adressen på nytt i stället för att klistra in den.</translation>
    </message>
    <message>
        <source>An email address cannot contain spaces. Remove the spaces and try again.</source>
        <translation>En e-postadress får inte innehålla mellanslag. Ta bort mellanslagen och försök igen.</translation>
    </message>
    <message>
        <source>An email address needs an @ sign, for example name@example.com.</source>
        <translation>En e-postadress måste ha ett @-tecken, till exempel namn@example.com.</translation>
    </message>
    <message>
        <source>An email address can have only one @ sign. Check the address with the customer.</source>
        <translation>En e-postadress får bara ha ett @-tecken. Kontrollera adressen med kunden.</translation>
    </message>
    <message>
        <source>The email address contains a character that cannot be used in an address, such as a comma, a bracket or a quotation mark. Remove it and try again.</source>
        <translation>E-postadressen innehåller ett tecken som inte får användas i en adress, till exempel kommatecken, parentes eller citattecken. Ta bort tecknet och försök igen.</translation>
    </message>
    <message>
        <source>Enter a phone number, for example 040 123 4567 or +358 40 123 4567.</source>
        <translation>Skriv ett telefonnummer, till exempel 040 123 4567 eller +358 40 123 4567.</translation>
    </message>
    <message>
        <source>Enter a phone number, for example 070 123 45 67 or +46 70 123 45 67.</source>
        <translation>Skriv ett telefonnummer, till exempel 070 123 45 67 eller +46 70 123 45 67.</translation>
    </message>
    <message>
        <source>Enter a phone number, for example 412 34 567 or +47 412 34 567.</source>
        <translation>Skriv ett telefonnummer, till exempel 412 34 567 eller +47 412 34 567.</translation>
    </message>
    <message>
        <source>Enter a phone number with its country code, for example +358 40 123 4567.</source>
        <translation>Skriv telefonnumret med landsnummer, till exempel +358 40 123 4567.</translation>
    </message>
    <message>
        <source>A phone number can contain only digits, spaces and the characters + - ( ) . / and needs at least five digits. Check the number and try again.</source>
        <translation>Ett telefonnummer får bara innehålla siffror, mellanslag och tecknen + - ( ) . / och måste ha minst fem siffror. Kontrollera numret och försök igen.</translation>
    </message>
    <message>
        <source>This is not a valid Finnish phone number. Check the digits, or enter a foreign number with its country code, for example +46 70 123 45 67.</source>
        <translation>Det här är inte ett giltigt finländskt telefonnummer. Kontrollera siffrorna, eller skriv ett utländskt nummer med landsnummer, till exempel +46 70 123 45 67.</translation>
    </message>
    <message>
        <source>This is not a valid Swedish phone number. Check the digits, or enter a foreign number with its country code, for example +358 40 123 4567.</source>
        <translation>Det här är inte ett giltigt svenskt telefonnummer. Kontrollera siffrorna, eller skriv ett utländskt nummer med landsnummer, till exempel +358 40 123 4567.</translation>
    </message>
    <message>
        <source>This is not a valid Norwegian phone number. Check the digits, or enter a foreign number with its country code, for example +358 40 123 4567.</source>
        <translation>Det här är inte ett giltigt norskt telefonnummer. Kontrollera siffrorna, eller skriv ett utländskt nummer med landsnummer, till exempel +358 40 123 4567.</translation>
    </message>
    <message>
        <source>This is not a valid phone number. Enter it with its country code, for example +358 40 123 4567.</source>
        <translation>Det här är inte ett giltigt telefonnummer. Skriv det med landsnummer, till exempel +358 40 123 4567.</translation>
    </message>
    <message>
        <source>Enter a Finnish postcode of five digits, for example 00100.</source>
        <translation>Skriv ett finländskt postnummer med fem siffror, till exempel 00100.</translation>
    </message>
    <message>
        <source>Enter a Swedish postcode of five digits, for example 113 51 or 11351. Swedish postcodes do not start with 0.</source>
        <translation>Skriv ett svenskt postnummer med fem siffror, till exempel 113 51 eller 11351. Svenska postnummer börjar inte med 0.</translation>
    </message>
    <message>
        <source>Enter a Norwegian postcode of four digits, for example 0150.</source>
        <translation>Skriv ett norskt postnummer med fyra siffror, till exempel 0150.</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s country (Finland, Sweden or Norway) before entering the postcode.</source>
        <translation>Välj kundens land (Finland, Sverige eller Norge) innan du skriver postnumret.</translation>
    </message>
    <message>
        <source>Enter the street address, for example Mannerheimintie 12 B 7.</source>
        <translation>Skriv gatuadressen, till exempel Mannerheimvägen 12 B 7.</translation>
    </message>
    <message>
        <source>The street address is too long. Shorten it to at most 100 characters.</source>
        <translation>Gatuadressen är för lång. Korta den till högst 100 tecken.</translation>
    </message>
    <message>
        <source>The street address contains invisible control characters. Type it again instead of pasting it.</source>
        <translation>Gatuadressen innehåller osynliga styrtecken. Skriv den på nytt i stället för att klistra in den.</translation>
    </message>
    <message>
        <source>The street address must contain the name of the street, for example Storgatan 5.</source>
        <translation>Gatuadressen måste innehålla gatans namn, till exempel Storgatan 5.</translation>
    </message>
    <message>
        <source>Enter the city or town, for example Helsinki.</source>
        <translation>Skriv orten, till exempel Helsingfors.</translation>
    </message>
    <message>
        <source>The city name is too long. Shorten it to at most 100 characters.</source>
        <translation>Ortnamnet är för långt. Korta det till högst 100 tecken.</translation>
    </message>
    <message>
        <source>The city name contains invisible control characters. Type it again instead of pasting it.</source>
        <translation>Ortnamnet innehåller osynliga styrtecken. Skriv det på nytt i stället för att klistra in det.</translation>
    </message>
    <message>
        <source>The city name must contain letters, for example Tromsø. Enter the postcode in its own field.</source>
        <translation>Ortnamnet måste innehålla bokstäver, till exempel Tromsø. Skriv postnumret i fältet för postnummer.</translation>
    </message>
</context>
<context>
    <name>ControlsDialog</name>
    <message>
        <source>Online purchases (card not present)</source>
        <translation>Internetköp (utan fysiskt kort)</translation>
    </message>
    <message>
        <source>Purchases abroad</source>
        <translation>Köp i utlandet</translation>
    </message>
    <message>
        <source>Contactless payments</source>
        <translation>Kontaktlösa betalningar</translation>
    </message>
    <message>
        <source>ATM withdrawals</source>
        <translation>Uttag i uttagsautomat</translation>
    </message>
    <message>
        <source>Card controls of %1</source>
        <translation>Kortinställningar för %1</translation>
    </message>
    <message>
        <source>What the card may be used for. Switching one off takes effect at once; switching one on needs strong verification.</source>
        <translation>Vad kortet får användas till. Att stänga av något gäller direkt; att slå på något kräver stark identifiering.</translation>
    </message>
    <message>
        <source>Save controls</source>
        <translation>Spara inställningar</translation>
    </message>
    <message>
        <source>Online off</source>
        <translation>Internet av</translation>
    </message>
    <message>
        <source>Abroad off</source>
        <translation>Utland av</translation>
    </message>
    <message>
        <source>Contactless off</source>
        <translation>Kontaktlöst av</translation>
    </message>
    <message>
        <source>ATM off</source>
        <translation>Uttagsautomat av</translation>
    </message>
</context>
<context>
    <name>ConversationContextPanel</name>
    <message>
        <source>Open Customer</source>
        <translation>Öppna kund</translation>
    </message>
    <message>
        <source>Open the full customer in Customers (Ctrl+Shift+C)</source>
        <translation>Öppna hela kunden i Kunder (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>The customer is shown here.</source>
        <translation>Kunden visas här.</translation>
    </message>
    <message>
        <source>Loading the customer…</source>
        <translation>Läser in kunden…</translation>
    </message>
    <message>
        <source>Not matched to a customer. Check the sender before giving out any account details.</source>
        <translation>Inte kopplat till någon kund. Kontrollera avsändaren innan du lämnar ut några kontouppgifter.</translation>
    </message>
    <message>
        <source>The customer could not be loaded.</source>
        <translation>Kunden kunde inte läsas in.</translation>
    </message>
    <message>
        <source>Customer no. %1</source>
        <translation>Kundnr %1</translation>
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
        <translation>Förfaller %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Other conversations</source>
        <translation>Andra ärenden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Inga.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>Unassigned</source>
        <translation>Ej tilldelat</translation>
    </message>
    <message>
        <source>Me</source>
        <comment>assigned to the signed-in agent</comment>
        <translation>Jag</translation>
    </message>
</context>
<context>
    <name>ConversationRepository</name>
    <message>
        <source>The conversations could not be read. Try again; if it keeps failing, restart CardDesk.</source>
        <translation>Ärendena kunde inte läsas. Försök igen. Om felet kvarstår, starta om CardDesk.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>Ärendet finns inte längre.</translation>
    </message>
    <message>
        <source>The conversation could not be opened: %1</source>
        <translation>Ärendet kunde inte öppnas: %1</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Inga meddelanden än.</translation>
    </message>
    <message>
        <source>From the customer by %1</source>
        <translation>Från kunden via %1</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Svar till kunden</translation>
    </message>
    <message>
        <source>Internal note — not visible to the customer</source>
        <translation>Intern anteckning – visas inte för kunden</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>okänd typ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Spara…</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(inget ämne)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ej tilldelat</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Tilldelat mig</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Tilldelat %1</translation>
    </message>
    <message>
        <source>SLA: %1</source>
        <translation>SLA: %1</translation>
    </message>
    <message>
        <source>The message was not stored.</source>
        <translation>Meddelandet sparades inte.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Anteckningen har lagts till.</translation>
    </message>
    <message>
        <source>Reply stored. Its delivery state is shown under it.</source>
        <translation>Svaret har sparats. Leveransstatus visas under det.</translation>
    </message>
    <message>
        <source>This link is not opened: “%1” is not a web or mail address.</source>
        <translation>Länken öppnas inte: ”%1” är inte en webb- eller e-postadress.</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Öppna länk</translation>
    </message>
    <message>
        <source>Open this address in the web browser?</source>
        <translation>Vill du öppna den här adressen i webbläsaren?</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Öppna i webbläsaren</translation>
    </message>
    <message>
        <source>The attachment “%1” is not in the attachment store.</source>
        <translation>Bilagan ”%1” finns inte i bilagearkivet.</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Spara bilaga</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>Kunde inte skriva ”%1”.</translation>
    </message>
    <message>
        <source>No program is set up to open “%1”.</source>
        <translation>Inget program är inställt för att öppna ”%1”.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Sparad i %1.</translation>
    </message>
    <message>
        <source>Choose a conversation from the list.
J and K move down and up, R replies, N adds a note, Ctrl+K lists every action.</source>
        <translation>Välj ett ärende i listan.
J och K flyttar ned och upp, R svarar, N lägger till en anteckning, Ctrl+K visar alla åtgärder.</translation>
    </message>
    <message>
        <source>Suggested topic: %1 (%2 %)</source>
        <translation>Föreslaget ämne: %1 (%2 %)</translation>
    </message>
    <message>
        <source>Reply with “%1” (Ctrl+M)</source>
        <translation>Svara med ”%1” (Ctrl+M)</translation>
    </message>
    <message>
        <source>A suggestion from the local topic classifier; check it before you use it.</source>
        <translation>Ett förslag från den lokala ämnesklassificeraren; kontrollera det innan du använder det.</translation>
    </message>
    <message numerus="yes">
        <source>Show the %n earlier message(s)</source>
        <translation>
            <numerusform>Visa det tidigare meddelandet</numerusform>
            <numerusform>Visa de %n tidigare meddelandena</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerHeader</name>
    <message>
        <source>%1 member</source>
        <comment>loyalty tier pill</comment>
        <translation>%1medlem</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kund %1</translation>
    </message>
    <message>
        <source>Prefers %1</source>
        <translation>Föredrar %1</translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation>Kund sedan %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Giltig till och med %1</translation>
    </message>
    <message>
        <source>Active benefits:</source>
        <translation>Aktiva förmåner:</translation>
    </message>
</context>
<context>
    <name>CustomerLookupPane</name>
    <message>
        <source>Name, phone, email, customer number or card last four</source>
        <translation>Namn, telefon, e-post, kundnummer eller kortets fyra sista siffror</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>Sök kund</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Matchande kunder</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Sök efter en kund</translation>
    </message>
    <message>
        <source>Start typing a name, phone number, email address, customer number or the last four digits of a card. Results appear as you type.</source>
        <translation>Börja skriva ett namn, telefonnummer, en e-postadress, ett kundnummer eller de fyra sista siffrorna i ett kortnummer. Resultaten visas medan du skriver.</translation>
    </message>
    <message>
        <source>Press %1 from anywhere to come back to this field.</source>
        <translation>Tryck på %1 var du än är i programmet för att komma tillbaka till det här fältet.</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Inga träffar</translation>
    </message>
    <message>
        <source>No customers match “%1”. Try a phone number, an email or the last four digits of a card.</source>
        <translation>Inga kunder matchar ”%1”. Prova med ett telefonnummer, en e-postadress eller de fyra sista siffrorna i ett kortnummer.</translation>
    </message>
    <message>
        <source>The search did not work</source>
        <translation>Sökningen misslyckades</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n customer(s); scroll for more or keep typing to narrow down</source>
        <translation>
            <numerusform>Visar %n kund; rulla för fler eller fortsätt skriva för att begränsa sökningen</numerusform>
            <numerusform>Visar de första %n kunderna; rulla för fler eller fortsätt skriva för att begränsa sökningen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n kund</numerusform>
            <numerusform>%n kunder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <source>The search could not be completed. Try again; if it keeps failing, restart CardDesk.</source>
        <translation>Sökningen kunde inte slutföras. Försök igen. Om felet kvarstår, starta om CardDesk.</translation>
    </message>
</context>
<context>
    <name>CustomerResultDelegate</name>
    <message>
        <source>Blocked</source>
        <comment>a card is blocked; badge in the lookup list</comment>
        <translation>Spärrat</translation>
    </message>
    <message>
        <source>Locked</source>
        <comment>a card is locked; badge in the lookup list</comment>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Förfallet</translation>
    </message>
</context>
<context>
    <name>CustomerSearchModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>Kundnr</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Blocked card</source>
        <translation>Spärrat kort</translation>
    </message>
    <message>
        <source>Locked card</source>
        <translation>Låst kort</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Förfallen betalning</translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <source>This customer could not be found. They may have been removed.</source>
        <translation>Kunden kunde inte hittas. Kunden kan ha tagits bort.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Ladda om</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Ingen kund vald</translation>
    </message>
    <message>
        <source>Find a customer on the left and select them to see their details, accounts, cards and recent transactions here.</source>
        <translation>Sök efter en kund till vänster och välj kunden för att se kunduppgifter, konton, kort och senaste transaktioner här.</translation>
    </message>
    <message>
        <source>Loading customer…</source>
        <translation>Läser in kund…</translation>
    </message>
    <message>
        <source>The customer could not be shown</source>
        <translation>Kunden kunde inte visas</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Recent transactions</source>
        <translation>Senaste transaktioner</translation>
    </message>
    <message>
        <source>No transactions in the last months.</source>
        <translation>Inga transaktioner de senaste månaderna.</translation>
    </message>
    <message>
        <source>Unfinished card workflow: card %2 %1, started by %3 at %4, last saved by %5.</source>
        <translation>Ej slutfört arbetsflöde för kort: kort %2 %1, påbörjat av %3 %4, senast sparat av %5.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Återuppta</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The folder %1 cannot be created. Check that the disk is available and that you may write there, or choose another folder.</source>
        <translation>Mappen %1 kan inte skapas. Kontrollera att disken är tillgänglig och att du har skrivbehörighet där, eller välj en annan mapp.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read or written with your permissions. Ask IT to restore access, or choose another folder.</source>
        <translation>Databasen %1 kan inte läsas eller skrivas med din behörighet. Be IT att återställa åtkomsten, eller välj en annan mapp.</translation>
    </message>
    <message>
        <source>Another CardDesk (process %1) is already working on this database. Switch to that window, or choose another folder.</source>
        <translation>En annan CardDesk (process %1) använder redan den här databasen. Byt till det fönstret, eller välj en annan mapp.</translation>
    </message>
    <message>
        <source>CardDesk cannot create its lock file beside %1. Check that you may write in that folder, or choose another folder.</source>
        <translation>CardDesk kan inte skapa sin låsfil bredvid %1. Kontrollera att du har skrivbehörighet i mappen, eller välj en annan mapp.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>Databasen %1 kan inte öppnas: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a CardDesk database or it is damaged (%2). Nothing has been changed. You can move it aside and start with a new database, or choose another folder.</source>
        <translation>Filen %1 är inte en CardDesk-databas eller så är den skadad (%2). Ingenting har ändrats. Du kan flytta undan filen och börja med en ny databas, eller välja en annan mapp.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation>Databasen %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be prepared for use: %2</source>
        <translation>Databasen %1 kan inte förberedas för användning: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer CardDesk (schema %2; this version knows up to %3). Update CardDesk, or choose another folder.</source>
        <translation>Databasen %1 har skrivits av en nyare CardDesk (schema %2; den här versionen känner till schema upp till %3). Uppdatera CardDesk, eller välj en annan mapp.</translation>
    </message>
    <message>
        <source>The database %1 could not be brought up to date; it was left as it was. Details: %2</source>
        <translation>Databasen %1 kunde inte uppdateras och har lämnats oförändrad. Detaljer: %2</translation>
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
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>Norwegian (Bokmål)</source>
        <translation>norska (bokmål)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>Basic</source>
        <comment>loyalty tier</comment>
        <translation>Bas</translation>
    </message>
    <message>
        <source>Silver</source>
        <comment>loyalty tier</comment>
        <translation>Silver</translation>
    </message>
    <message>
        <source>Gold</source>
        <comment>loyalty tier</comment>
        <translation>Guld</translation>
    </message>
    <message>
        <source>Platinum</source>
        <comment>loyalty tier</comment>
        <translation>Platina</translation>
    </message>
    <message>
        <source>Not activated</source>
        <comment>card status</comment>
        <translation>Ej aktiverat</translation>
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
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>card status reason</comment>
        <translation>Borttappat</translation>
    </message>
    <message>
        <source>Stolen</source>
        <comment>card status reason</comment>
        <translation>Stulet</translation>
    </message>
    <message>
        <source>Damaged</source>
        <comment>card status reason</comment>
        <translation>Skadat</translation>
    </message>
    <message>
        <source>Suspected fraud</source>
        <comment>card status reason</comment>
        <translation>Misstänkt bedrägeri</translation>
    </message>
    <message>
        <source>Customer request</source>
        <comment>card status reason</comment>
        <translation>Kundens begäran</translation>
    </message>
    <message>
        <source>Replaced</source>
        <comment>card status reason</comment>
        <translation>Ersatt</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>card status reason</comment>
        <translation>Utgånget</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>account status</comment>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>account status</comment>
        <translation>Förfallet</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>account status</comment>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>transaction status</comment>
        <translation>Reserverad</translation>
    </message>
    <message>
        <source>Posted</source>
        <comment>transaction status</comment>
        <translation>Bokförd</translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>transaction status</comment>
        <translation>Nekad</translation>
    </message>
    <message>
        <source>Reversed</source>
        <comment>transaction status</comment>
        <translation>Återförd</translation>
    </message>
    <message>
        <source>Dispute open</source>
        <translation>Reklamation pågår</translation>
    </message>
    <message>
        <source>Dispute won</source>
        <translation>Reklamation godkänd</translation>
    </message>
    <message>
        <source>Dispute lost</source>
        <translation>Reklamation avslagen</translation>
    </message>
    <message>
        <source>Dispute: %1</source>
        <translation>Reklamation: %1</translation>
    </message>
    <message>
        <source>Ordered</source>
        <comment>card status</comment>
        <translation>Beställt</translation>
    </message>
    <message>
        <source>Shipped</source>
        <comment>card status</comment>
        <translation>Skickat</translation>
    </message>
    <message>
        <source>Delivered</source>
        <comment>card status</comment>
        <translation>Levererat</translation>
    </message>
    <message>
        <source>Undeliverable</source>
        <comment>card status reason</comment>
        <translation>Kunde inte levereras</translation>
    </message>
    <message>
        <source>lost</source>
        <comment>card workflow situation</comment>
        <translation>borttappat</translation>
    </message>
    <message>
        <source>stolen</source>
        <comment>card workflow situation</comment>
        <translation>stulet</translation>
    </message>
    <message>
        <source>damaged</source>
        <comment>card workflow situation</comment>
        <translation>skadat</translation>
    </message>
    <message>
        <source>compromised</source>
        <comment>card workflow situation</comment>
        <translation>komprometterat</translation>
    </message>
</context>
<context>
    <name>DisputeReasons</name>
    <message>
        <source>Confirm that the customer declares they neither made nor allowed this purchase.</source>
        <translation>Bekräfta att kunden intygar att hen varken har gjort eller godkänt köpet.</translation>
    </message>
    <message>
        <source>Choose the purchase this one duplicates.</source>
        <translation>Välj det köp som det här köpet är en dubblett av.</translation>
    </message>
    <message>
        <source>Enter the amount on the receipt; it must be less than the amount charged.</source>
        <translation>Ange beloppet på kvittot; det måste vara lägre än det debiterade beloppet.</translation>
    </message>
    <message>
        <source>Enter when the goods or service should have arrived (a date in the past).</source>
        <translation>Ange när varan eller tjänsten skulle ha levererats (ett datum som har passerat).</translation>
    </message>
    <message>
        <source>The customer must have contacted the merchant first; confirm that they did.</source>
        <translation>Kunden måste först ha kontaktat handlaren; bekräfta att hen har gjort det.</translation>
    </message>
    <message>
        <source>Enter when the customer cancelled the subscription (on or before the charge).</source>
        <translation>Ange när kunden sa upp prenumerationen (samma dag som debiteringen eller tidigare).</translation>
    </message>
    <message>
        <source>The dispute&apos;s evidence is incomplete.</source>
        <translation>Underlaget för reklamationen är ofullständigt.</translation>
    </message>
</context>
<context>
    <name>DrillDownModel</name>
    <message>
        <source>Unassigned</source>
        <translation>Ej tilldelat</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Okänd avsändare</translation>
    </message>
    <message>
        <source>Came in</source>
        <translation>Inkom</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Assignee (user name)</source>
        <translation>Tilldelad (användarnamn)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämnesrad</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kö</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Tilldelad</translation>
    </message>
    <message>
        <source>Age</source>
        <comment>how long ago the conversation came in</comment>
        <translation>Ålder</translation>
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
        <translation>Meddelandet har fler än %1 delar; bara de första %1 lästes.</translation>
    </message>
    <message>
        <source>Parts nested deeper than %1 levels were skipped.</source>
        <translation>Delar som är nästlade djupare än %1 nivåer hoppades över.</translation>
    </message>
    <message>
        <source>The text is in an unknown character set (%1); it was read as UTF-8 or Windows-1252.</source>
        <translation>Texten har en okänd teckenuppsättning (%1); den lästes som UTF-8 eller Windows-1252.</translation>
    </message>
    <message>
        <source>A very long message body was cut to its first %1 characters.</source>
        <translation>En mycket lång meddelandetext kortades till de första %1 tecknen.</translation>
    </message>
    <message>
        <source>A part of the message could not be read and was skipped.</source>
        <translation>En del av meddelandet kunde inte läsas och hoppades över.</translation>
    </message>
    <message>
        <source>The attachment %1 claims to be %2 but its content is %3; it is treated as %3.</source>
        <translation>Bilagan %1 anges vara %2 men innehållet är %3; den behandlas som %3.</translation>
    </message>
    <message>
        <source>The attachment %1 has no content type; its content is %2.</source>
        <translation>Bilagan %1 saknar innehållstyp; innehållet är %2.</translation>
    </message>
    <message>
        <source>The attachment %1 was not stored: %2</source>
        <translation>Bilagan %1 sparades inte: %2</translation>
    </message>
    <message>
        <source>An attached message could not be saved.</source>
        <translation>Ett bifogat meddelande kunde inte sparas.</translation>
    </message>
    <message numerus="yes">
        <source>%n card number(s) in the message were masked.</source>
        <translation>
            <numerusform>%n kortnummer i meddelandet maskerades.</numerusform>
            <numerusform>%n kortnummer i meddelandet maskerades.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not an email message.</source>
        <translation>Filen är inte ett e-postmeddelande.</translation>
    </message>
    <message>
        <source>The file is not an email message: it has none of the headers of one.</source>
        <translation>Filen är inte ett e-postmeddelande: den har inga av ett e-postmeddelandes rubrikfält.</translation>
    </message>
    <message>
        <source>The message has no sender address.</source>
        <translation>Meddelandet saknar avsändaradress.</translation>
    </message>
    <message>
        <source>The subject was cut to its first %1 characters.</source>
        <translation>Ämnesraden kortades till de första %1 tecknen.</translation>
    </message>
    <message>
        <source>The message&apos;s date could not be read; the file&apos;s time is used.</source>
        <translation>Meddelandets datum kunde inte läsas; filens tid används.</translation>
    </message>
    <message>
        <source>The message has no date; the file&apos;s time is used.</source>
        <translation>Meddelandet saknar datum; filens tid används.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened: %2</source>
        <translation>Filen %1 kunde inte öppnas: %2</translation>
    </message>
    <message>
        <source>The message is larger than the limit of %1 MB and was not imported.</source>
        <translation>Meddelandet är större än gränsen på %1 MB och importerades inte.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>The message&apos;s headers are larger than %1 MB; it was not imported.</source>
        <translation>Meddelandets rubrikfält är större än %1 MB; det importerades inte.</translation>
    </message>
    <message>
        <source>The message has too many nested parts to be read safely and was not imported.</source>
        <translation>Meddelandet har för många nästlade delar för att kunna läsas säkert och importerades inte.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>Filen %1 kunde inte öppnas.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Meddelandet är tomt.</translation>
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
        <translation>Bilden kunde inte kodas.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
</context>
<context>
    <name>ExportableSection</name>
    <message>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Kunde inte spara %1: %2</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <source>Save this table as a CSV file for a spreadsheet</source>
        <translation>Spara tabellen som en CSV-fil för ett kalkylark</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>Spara PNG…</translation>
    </message>
    <message>
        <source>Save this chart as an image</source>
        <translation>Spara diagrammet som en bild</translation>
    </message>
</context>
<context>
    <name>InboxNavigation</name>
    <message>
        <source>Due soon or breached: %1 due within the hour, %2 already past their SLA</source>
        <translation>Förfaller snart eller överskridet: %1 förfaller inom en timme, %2 har redan passerat sin SLA</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanaler</translation>
    </message>
    <message>
        <source>My open</source>
        <translation>Mina öppna</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ej tilldelade</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Alla öppna</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Förfaller snart</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Larm</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Lösta</translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message>
        <source>Moved to the %1 queue.</source>
        <translation>Flyttat till kön %1.</translation>
    </message>
    <message>
        <source>Topic added.</source>
        <translation>Ämnet har lagts till.</translation>
    </message>
    <message>
        <source>The change was not made.</source>
        <translation>Ändringen gjordes inte.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) resolved.</source>
        <translation>
            <numerusform>%n ärende har lösts.</numerusform>
            <numerusform>%n ärenden har lösts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned to you.</source>
        <translation>Tilldelat dig.</translation>
    </message>
    <message>
        <source>Assign to Agent</source>
        <translation>Tilldela handläggare</translation>
    </message>
    <message>
        <source>Agent&apos;s user name (empty to unassign):</source>
        <translation>Handläggarens användarnamn (tomt för att ta bort tilldelningen):</translation>
    </message>
    <message>
        <source>Unassigned.</source>
        <translation>Tilldelningen har tagits bort.</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>Tilldelat %1.</translation>
    </message>
    <message>
        <source>Move to Queue</source>
        <translation>Flytta till kö</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>Kö:</translation>
    </message>
    <message>
        <source>Add Topic</source>
        <translation>Lägg till ämne</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Ämne:</translation>
    </message>
    <message>
        <source>Priority set to urgent.</source>
        <translation>Prioriteten är nu brådskande.</translation>
    </message>
    <message>
        <source>Priority set to normal.</source>
        <translation>Prioriteten är nu normal.</translation>
    </message>
    <message>
        <source>Waiting for the customer.</source>
        <translation>Väntar på kunden.</translation>
    </message>
    <message>
        <source>Put on hold.</source>
        <translation>Pausat.</translation>
    </message>
    <message>
        <source>Reopened.</source>
        <translation>Öppnat igen.</translation>
    </message>
    <message>
        <source>Call logged.</source>
        <translation>Samtalet har registrerats.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Alla kanaler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Alla prioriteter</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kö</translation>
    </message>
    <message>
        <source>Any queue</source>
        <translation>Alla köer</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>Alla ämnen</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Tilldelad</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Jag</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Tilldelat mig</translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <translation>Filtrerat: %1</translation>
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
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>No conversations in this view.</source>
        <translation>Inga ärenden i den här vyn.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Inget matchar ”%1”.</translation>
    </message>
    <message>
        <source>Could not load the list: %1</source>
        <translation>Listan kunde inte läsas in: %1</translation>
    </message>
    <message>
        <source>Showing %1, more below</source>
        <translation>Visar %1, fler nedan</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n ärende</numerusform>
            <numerusform>%n ärenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inkorg</translation>
    </message>
    <message>
        <source>Search messages and subjects ( / )</source>
        <translation>Sök i meddelanden och ämnesrader ( / )</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <source>SLA due first</source>
        <translation>SLA-förfall först</translation>
    </message>
    <message>
        <source>Latest activity</source>
        <translation>Senaste aktivitet</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Nästa ärende</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Föregående ärende</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Svara</translation>
    </message>
    <message>
        <source>Add internal note</source>
        <translation>Lägg till intern anteckning</translation>
    </message>
    <message>
        <source>Close (resolve)</source>
        <translation>Stäng (markera som löst)</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Tilldela mig</translation>
    </message>
    <message>
        <source>Assign to agent…</source>
        <translation>Tilldela handläggare…</translation>
    </message>
    <message>
        <source>Move to queue…</source>
        <translation>Flytta till kö…</translation>
    </message>
    <message>
        <source>Add topic…</source>
        <translation>Lägg till ämne…</translation>
    </message>
    <message>
        <source>Set priority: urgent</source>
        <translation>Sätt prioritet: brådskande</translation>
    </message>
    <message>
        <source>Set priority: normal</source>
        <translation>Sätt prioritet: normal</translation>
    </message>
    <message>
        <source>Wait for the customer</source>
        <translation>Vänta på kunden</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Öppna igen</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Sök ärenden</translation>
    </message>
    <message>
        <source>Insert macro</source>
        <translation>Infoga svarsmall</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Registrera samtal</translation>
    </message>
    <message>
        <source>Open the customer in Customers</source>
        <translation>Öppna kunden i Kunder</translation>
    </message>
    <message>
        <source>Show all actions</source>
        <translation>Visa alla åtgärder</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Ladda om</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n email file(s)…</source>
        <translation>
            <numerusform>Importerar %n e-postfil…</numerusform>
            <numerusform>Importerar %n e-postfiler…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) imported</source>
        <translation>
            <numerusform>%n meddelande importerat</numerusform>
            <numerusform>%n meddelanden importerade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the inbox, not imported again</source>
        <translation>
            <numerusform>%n fanns redan i inkorgen och importerades inte igen</numerusform>
            <numerusform>%n fanns redan i inkorgen och importerades inte igen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Inte importerat: %1</translation>
    </message>
    <message>
        <source>Hide the customer panel</source>
        <translation>Dölj kundpanelen</translation>
    </message>
    <message>
        <source>Show the customer panel</source>
        <translation>Visa kundpanelen</translation>
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
        <translation>Chatt</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webbformulär</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Sociala medier</translation>
    </message>
    <message>
        <source>App message</source>
        <translation>Appmeddelande</translation>
    </message>
    <message>
        <source>Alert</source>
        <comment>a conversation raised by a fraud rule</comment>
        <translation>Larm</translation>
    </message>
    <message>
        <source>New</source>
        <comment>conversation status</comment>
        <translation>Nytt</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>conversation status</comment>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Väntar på kund</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Pausat</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Löst</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>conversation status</comment>
        <translation>Stängt</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>priority</comment>
        <translation>Låg</translation>
    </message>
    <message>
        <source>Normal</source>
        <comment>priority</comment>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <comment>priority</comment>
        <translation>Hög</translation>
    </message>
    <message>
        <source>Urgent</source>
        <comment>priority</comment>
        <translation>Brådskande</translation>
    </message>
    <message>
        <source>Lost or stolen card</source>
        <translation>Borttappat eller stulet kort</translation>
    </message>
    <message>
        <source>Card not received</source>
        <translation>Kortet har inte kommit</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kod</translation>
    </message>
    <message>
        <source>Invoice and due date</source>
        <translation>Faktura och förfallodag</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Kreditgräns</translation>
    </message>
    <message>
        <source>Disputed purchase</source>
        <translation>Reklamerat köp</translation>
    </message>
    <message>
        <source>Benefits and campaigns</source>
        <translation>Förmåner och kampanjer</translation>
    </message>
    <message>
        <source>Address change</source>
        <translation>Adressändring</translation>
    </message>
    <message>
        <source>Online payment security</source>
        <translation>Säkerhet vid internetköp</translation>
    </message>
    <message>
        <source>Suspected phishing</source>
        <translation>Misstänkt nätfiske</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>topic</comment>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Cards</source>
        <comment>queue</comment>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Billing</source>
        <comment>queue</comment>
        <translation>Fakturering</translation>
    </message>
    <message>
        <source>Fraud</source>
        <comment>queue</comment>
        <translation>Bedrägeri</translation>
    </message>
    <message>
        <source>General</source>
        <comment>queue</comment>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottaget</translation>
    </message>
    <message>
        <source>Queued — local mode, not sent to the customer&apos;s channel</source>
        <translation>I kö – lokalt läge, inte skickat till kundens kanal</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Levererat</translation>
    </message>
    <message>
        <source>Not delivered — the channel refused it</source>
        <translation>Inte levererat – kanalen avvisade det</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <comment>SLA</comment>
        <translation>%1 försenat</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>SLA</comment>
        <translation>%1 kvar</translation>
    </message>
</context>
<context>
    <name>IntentClassifier</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>expected language, topic and text separated by tabs</source>
        <translation>förväntade språk, ämne och text åtskilda med tabbar</translation>
    </message>
    <message>
        <source>unknown topic &quot;%1&quot;</source>
        <translation>okänt ämne &quot;%1&quot;</translation>
    </message>
    <message>
        <source>empty language or text</source>
        <translation>tomt språk eller tom text</translation>
    </message>
    <message>
        <source>Cannot open the classifier&apos;s training data: %1</source>
        <translation>Kan inte öppna klassificerarens träningsdata: %1</translation>
    </message>
    <message>
        <source>The classifier&apos;s training data is empty.</source>
        <translation>Klassificerarens träningsdata är tomma.</translation>
    </message>
</context>
<context>
    <name>LimitsDialog</name>
    <message>
        <source>Spending limits of %1</source>
        <translation>Beloppsgränser för %1</translation>
    </message>
    <message>
        <source>Limits in %1, the account&apos;s currency. Leave a field empty for no limit. Lowering a limit takes effect at once; raising or removing one needs strong verification.</source>
        <translation>Gränser i %1, kontots valuta. Lämna ett fält tomt för ingen gräns. En sänkt gräns gäller direkt; att höja eller ta bort en gräns kräver stark identifiering.</translation>
    </message>
    <message>
        <source>Per purchase:</source>
        <translation>Per köp:</translation>
    </message>
    <message>
        <source>the per-purchase limit</source>
        <translation>gränsen per köp</translation>
    </message>
    <message>
        <source>Per day:</source>
        <translation>Per dag:</translation>
    </message>
    <message>
        <source>the daily limit</source>
        <translation>dagsgränsen</translation>
    </message>
    <message>
        <source>Cash per day:</source>
        <translation>Kontanter per dag:</translation>
    </message>
    <message>
        <source>the daily cash limit</source>
        <translation>dagsgränsen för kontantuttag</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Ingen gräns</translation>
    </message>
    <message>
        <source>Save limits</source>
        <translation>Spara gränser</translation>
    </message>
    <message>
        <source>Write %1 as an amount in %2, for example 500 or 1250.50 (at most %3), or leave it empty for no limit.</source>
        <translation>Skriv %1 som ett belopp i %2, till exempel 500 eller 1250,50 (högst %3), eller lämna fältet tomt för ingen gräns.</translation>
    </message>
    <message>
        <source>Per-purchase limit</source>
        <translation>Gräns per köp</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>Dagsgräns</translation>
    </message>
    <message>
        <source>Daily cash limit</source>
        <translation>Dagsgräns för kontantuttag</translation>
    </message>
</context>
<context>
    <name>LocalAlertService</name>
    <message>
        <source>The change could not be saved, and nothing was changed. Try again.</source>
        <translation>Ändringen kunde inte sparas och ingenting har ändrats. Försök igen.</translation>
    </message>
    <message>
        <source>a transaction has no valid time</source>
        <translation>en transaktion saknar giltig tid</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter currency code</source>
        <translation>&quot;%1&quot; är inte en valutakod med tre bokstäver</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a four-digit merchant category code</source>
        <translation>&quot;%1&quot; är inte en fyrsiffrig kod för handlarkategori</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code</source>
        <translation>&quot;%1&quot; är inte en landskod med två bokstäver</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entry mode (chip, contactless, online, atm)</source>
        <translation>&quot;%1&quot; är inte ett betalsätt (chip, contactless, online, atm)</translation>
    </message>
    <message>
        <source>a transaction has no merchant</source>
        <translation>en transaktion saknar handlare</translation>
    </message>
    <message>
        <source>There are no transactions to screen.</source>
        <translation>Det finns inga transaktioner att kontrollera.</translation>
    </message>
    <message>
        <source>At most %1 transactions can be screened at once; %2 were given.</source>
        <translation>Högst %1 transaktioner kan kontrolleras på en gång; %2 angavs.</translation>
    </message>
    <message>
        <source>The transactions were not screened: %1.</source>
        <translation>Transaktionerna kontrollerades inte: %1.</translation>
    </message>
    <message>
        <source>The fraud rules could not be loaded (%1); nothing was screened.</source>
        <translation>Bedrägerireglerna kunde inte läsas in (%1); ingenting kontrollerades.</translation>
    </message>
    <message>
        <source>There is no card %1.</source>
        <translation>Det finns inget kort %1.</translation>
    </message>
    <message>
        <source>Transaction %1 is not of the card %2.</source>
        <translation>Transaktion %1 hör inte till kortet %2.</translation>
    </message>
    <message>
        <source>Some of the transactions to screen do not exist.</source>
        <translation>Några av transaktionerna som ska kontrolleras finns inte.</translation>
    </message>
    <message>
        <source>These transactions were screened before; alert %1 names them.</source>
        <translation>Transaktionerna har kontrollerats tidigare; larm %1 anger dem.</translation>
    </message>
    <message numerus="yes">
        <source>Screened %n transaction(s): nothing suspicious.</source>
        <translation>
            <numerusform>%n transaktion kontrollerad: inget misstänkt.</numerusform>
            <numerusform>%n transaktioner kontrollerade: inget misstänkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert raised: %1.</source>
        <translation>Larm skapat: %1.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Databasen är inte öppen.</translation>
    </message>
    <message>
        <source>The alert could not be read. Try again.</source>
        <translation>Larmet kunde inte läsas. Försök igen.</translation>
    </message>
    <message>
        <source>The alert&apos;s transactions could not be read. Try again.</source>
        <translation>Larmets transaktioner kunde inte läsas. Försök igen.</translation>
    </message>
    <message>
        <source>Say how the customer confirmed the transactions: a note is required.</source>
        <translation>Ange hur kunden bekräftade transaktionerna: en anteckning krävs.</translation>
    </message>
    <message>
        <source>The note is too long (%1 characters; at most %2).</source>
        <translation>Anteckningen är för lång (%1 tecken; högst %2).</translation>
    </message>
    <message>
        <source>This note contains a full card number. Card numbers are never stored: mask it (first six and last four digits at most) and save again.</source>
        <translation>Anteckningen innehåller ett fullständigt kortnummer. Kortnummer sparas aldrig: maskera det (högst de sex första och fyra sista siffrorna) och spara igen.</translation>
    </message>
    <message>
        <source>There is no alert %1.</source>
        <translation>Det finns inget larm %1.</translation>
    </message>
    <message>
        <source>This alert was already decided: %1 by %2 at %3.</source>
        <translation>Larmet har redan avgjorts som %1 av %2 %3.</translation>
    </message>
    <message>
        <source>genuine</source>
        <translation>äkta</translation>
    </message>
    <message>
        <source>fraud</source>
        <translation>bedrägeri</translation>
    </message>
    <message>
        <source>Another agent decided this alert at the same moment. Reload it.</source>
        <translation>En annan handläggare avgjorde larmet i samma ögonblick. Ladda om det.</translation>
    </message>
    <message>
        <source>Alert closed as genuine.</source>
        <translation>Larmet stängt som äkta.</translation>
    </message>
    <message>
        <source>Fraud recorded. Lock the card and go through the compromised-card steps.</source>
        <translation>Bedrägeri registrerat. Lås kortet och gå igenom stegen för komprometterat kort.</translation>
    </message>
</context>
<context>
    <name>LocalAuditService</name>
    <message>
        <source>There is no customer %1.</source>
        <translation>Det finns ingen kund %1.</translation>
    </message>
    <message>
        <source>Customer %1 has no card ending in %2.</source>
        <translation>Kund %1 har inget kort som slutar på %2.</translation>
    </message>
    <message>
        <source>No card ends in %1.</source>
        <translation>Inget kort slutar på %1.</translation>
    </message>
    <message>
        <source>There is no card #%1.</source>
        <translation>Det finns inget kort #%1.</translation>
    </message>
    <message>
        <source>The audit log is for supervisors. Ask a supervisor if you need to know who did what.</source>
        <translation>Granskningsloggen är till för arbetsledare. Fråga en arbetsledare om du behöver veta vem som gjorde vad.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Databasen är inte öppen.</translation>
    </message>
    <message>
        <source>The audit log could not be read. Try again; if it keeps failing, tell IT support.</source>
        <translation>Granskningsloggen kunde inte läsas. Försök igen; om felet kvarstår, kontakta IT-supporten.</translation>
    </message>
    <message>
        <source>There is no agent with a name that long.</source>
        <translation>Det finns ingen handläggare med så långt namn.</translation>
    </message>
    <message>
        <source>A customer number has digits only, such as 100000042.</source>
        <translation>Ett kundnummer består bara av siffror, till exempel 100000042.</translation>
    </message>
    <message>
        <source>Enter a card&apos;s last four digits, such as 1234, or its id, such as #45. Never enter a full card number.</source>
        <translation>Ange kortets fyra sista siffror, till exempel 1234, eller dess id, till exempel #45. Ange aldrig ett fullständigt kortnummer.</translation>
    </message>
    <message>
        <source>An action looks like card.lock, or card. for every card action.</source>
        <translation>En åtgärd ser ut som card.lock, eller card. för alla kortåtgärder.</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>Den första dagen ligger efter den sista dagen.</translation>
    </message>
    <message>
        <source>Entry %1 was altered after it was written: its content no longer matches its hash.</source>
        <translation>Post %1 har ändrats efter att den skrevs: dess innehåll stämmer inte längre med dess hash.</translation>
    </message>
    <message>
        <source>Entry %1 is missing: it was removed from the log.</source>
        <translation>Post %1 saknas: den har tagits bort ur loggen.</translation>
    </message>
    <message>
        <source>Entry %1 is out of order: the entries were rearranged.</source>
        <translation>Post %1 ligger i fel ordning: posterna har flyttats om.</translation>
    </message>
    <message>
        <source>Entry %1 does not link to the entry before it: one of the two was altered.</source>
        <translation>Post %1 länkar inte till posten före den: en av de två har ändrats.</translation>
    </message>
    <message numerus="yes">
        <source>The chain is broken. %1 The %Ln entries before it are intact.</source>
        <translation>
            <numerusform>Kedjan är bruten. %1 Den %Ln posten före den är intakt.</numerusform>
            <numerusform>Kedjan är bruten. %1 De %Ln posterna före den är intakta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: all %Ln entries are as they were written.</source>
        <translation>
            <numerusform>Kedjan är intakt: %Ln post är som den skrevs.</numerusform>
            <numerusform>Kedjan är intakt: alla %Ln poster är som de skrevs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalBackend</name>
    <message>
        <source>The demo data could not be created: %1</source>
        <translation>Demodata kunde inte skapas: %1</translation>
    </message>
    <message>
        <source>You could not be signed in: %1</source>
        <translation>Du kunde inte loggas in: %1</translation>
    </message>
    <message>
        <source>Local database: %1</source>
        <translation>Lokal databas: %1</translation>
    </message>
    <message>
        <source>The demo inbox could not be created: %1</source>
        <translation>Demoinkorgen kunde inte skapas: %1</translation>
    </message>
    <message>
        <source>There is no agent called %1 in this database.</source>
        <translation>Det finns ingen handläggare som heter %1 i den här databasen.</translation>
    </message>
</context>
<context>
    <name>LocalCardService</name>
    <message>
        <source>ordered</source>
        <translation>beställt</translation>
    </message>
    <message>
        <source>on its way</source>
        <translation>på väg</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>levererat</translation>
    </message>
    <message>
        <source>not activated</source>
        <translation>inte aktiverat</translation>
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
        <translation>stängt</translation>
    </message>
    <message>
        <source>The verification could not be recorded: %1</source>
        <translation>Identifieringen kunde inte registreras: %1</translation>
    </message>
    <message>
        <source>Verification recorded.</source>
        <translation>Identifieringen registrerad.</translation>
    </message>
    <message>
        <source>Failed verification recorded.</source>
        <translation>Misslyckad identifiering registrerad.</translation>
    </message>
    <message>
        <source>There is no card %1.</source>
        <translation>Det finns inget kort %1.</translation>
    </message>
    <message>
        <source>The card %1 was changed while you were looking at it: %2 made it %3 at %4. Check the card again before you act.</source>
        <translation>Kortet %1 ändrades medan du tittade på det: %2 gjorde det %3 %4. Kontrollera kortet igen innan du fortsätter.</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>systemet</translation>
    </message>
    <message>
        <source>The card %1 was changed while you were looking at it; it is now %2. Check the card again before you act.</source>
        <translation>Kortet %1 ändrades medan du tittade på det; det är nu %2. Kontrollera kortet igen innan du fortsätter.</translation>
    </message>
    <message>
        <source>Verify the caller strongly first (bank ID or the app): this action needs it. Nothing was changed.</source>
        <translation>Identifiera den som ringer starkt först (BankID eller appen): den här åtgärden kräver det. Inget ändrades.</translation>
    </message>
    <message>
        <source>Identify the card with the caller first. Nothing was changed.</source>
        <translation>Identifiera kortet tillsammans med den som ringer först. Inget ändrades.</translation>
    </message>
    <message>
        <source>The card %1 is %2; it cannot become %3. Nothing was changed.</source>
        <translation>Kortet %1 är %2 och kan inte bli %3. Inget ändrades.</translation>
    </message>
    <message>
        <source>The card %1 was changed at the same moment. Check it again.</source>
        <translation>Kortet %1 ändrades i samma ögonblick. Kontrollera det igen.</translation>
    </message>
    <message>
        <source>The card could not be changed: %1</source>
        <translation>Kortet kunde inte ändras: %1</translation>
    </message>
    <message>
        <source>The card %1 is now %2.</source>
        <translation>Kortet %1 är nu %2.</translation>
    </message>
    <message>
        <source>Activate a card only when the customer confirms they have it in hand. Nothing was changed.</source>
        <translation>Aktivera kortet först när kunden bekräftar att hen har det i handen. Inget ändrades.</translation>
    </message>
    <message>
        <source>The card controls of %1 are saved.</source>
        <translation>Kortinställningarna för %1 är sparade.</translation>
    </message>
    <message>
        <source>A card closed at the customer&apos;s request is not replaced. Nothing was ordered.</source>
        <translation>Ett kort som stängts på kundens begäran ersätts inte. Inget beställdes.</translation>
    </message>
    <message>
        <source>Choose the pickup point first. Nothing was ordered.</source>
        <translation>Välj utlämningsställe först. Inget beställdes.</translation>
    </message>
    <message>
        <source>The card %1 already has a replacement (•••• %2). Nothing was ordered again.</source>
        <translation>Kortet %1 har redan ett ersättningskort (•••• %2). Inget beställdes igen.</translation>
    </message>
    <message>
        <source>The card %1 was closed as %2; replace it for that reason.</source>
        <translation>Kortet %1 stängdes som %2; ersätt det av det skälet.</translation>
    </message>
    <message>
        <source>closed for a replacement</source>
        <translation>stängt för ett ersättningskort</translation>
    </message>
    <message>
        <source>The replacement could not be ordered: %1</source>
        <translation>Ersättningskortet kunde inte beställas: %1</translation>
    </message>
    <message>
        <source>A new card •••• %1 is ordered; %2 is closed.</source>
        <translation>Ett nytt kort •••• %1 är beställt; %2 är stängt.</translation>
    </message>
    <message>
        <source>A new card with the same number is ordered; %1 works until it is activated.</source>
        <translation>Ett nytt kort med samma nummer är beställt; %1 fungerar tills det nya aktiveras.</translation>
    </message>
    <message>
        <source>The card %1 is closed; it has no PIN to reset.</source>
        <translation>Kortet %1 är stängt; det har ingen PIN-kod att byta.</translation>
    </message>
    <message>
        <source>A PIN letter for %1 goes to the registered address.</source>
        <translation>Ett PIN-brev för %1 skickas till den registrerade adressen.</translation>
    </message>
    <message>
        <source>The customer can see the new PIN of %1 in the app.</source>
        <translation>Kunden ser den nya PIN-koden för %1 i appen.</translation>
    </message>
    <message>
        <source>The card %1 is %2: it has reached the customer.</source>
        <translation>Kortet %1 är %2: det har nått kunden.</translation>
    </message>
    <message>
        <source>not received by the customer</source>
        <translation>kom aldrig fram till kunden</translation>
    </message>
    <message>
        <source>The card %1 is closed and the address is flagged. Confirm the address with the customer, then order a replacement.</source>
        <translation>Kortet %1 är stängt och adressen flaggad. Bekräfta adressen med kunden och beställ sedan ett ersättningskort.</translation>
    </message>
    <message>
        <source>The spending limits of %1 are saved.</source>
        <translation>Beloppsgränserna för %1 är sparade.</translation>
    </message>
    <message>
        <source>The address flag could not be cleared: %1</source>
        <translation>Adressflaggan kunde inte tas bort: %1</translation>
    </message>
    <message>
        <source>The address is not flagged (any more). Nothing was changed.</source>
        <translation>Adressen är inte (längre) flaggad. Inget ändrades.</translation>
    </message>
    <message>
        <source>The address is confirmed and no longer flagged.</source>
        <translation>Adressen är bekräftad och inte längre flaggad.</translation>
    </message>
    <message>
        <source>There is no card %1 for this customer.</source>
        <translation>Kunden har inget kort %1.</translation>
    </message>
    <message>
        <source>%1 started a workflow for the card %2 at %3. Resume it instead of starting another.</source>
        <translation>%1 påbörjade ett arbetsflöde för kortet %2 %3. Återuppta det i stället för att starta ett nytt.</translation>
    </message>
    <message>
        <source>The card %1 is %2. This workflow is for a card the customer has had in use; for a card on its way, use Card not received.</source>
        <translation>Kortet %1 är %2. Det här arbetsflödet gäller ett kort som kunden har använt; för ett kort som är på väg, använd Kortet har inte kommit.</translation>
    </message>
    <message>
        <source>The workflow could not be saved: %1</source>
        <translation>Arbetsflödet kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>Workflow started for the card %1.</source>
        <translation>Arbetsflöde startat för kortet %1.</translation>
    </message>
    <message>
        <source>There is no workflow %1.</source>
        <translation>Det finns inget arbetsflöde %1.</translation>
    </message>
    <message>
        <source>This workflow was %1 by %2 at %3; nothing more can be saved in it.</source>
        <translation>Arbetsflödet %1 av %2 %3; inget mer kan sparas i det.</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>slutfördes</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>avbröts</translation>
    </message>
    <message>
        <source>%1 continued this workflow at %2 while you had it open. Close it and resume it from the customer view to see their changes.</source>
        <translation>%1 fortsatte arbetsflödet %2 medan du hade det öppet. Stäng det och återuppta det från kundvyn för att se ändringarna.</translation>
    </message>
    <message>
        <source>The workflow&apos;s answers are too large to save. Shorten the notes.</source>
        <translation>Arbetsflödets svar är för stora för att sparas. Korta anteckningarna.</translation>
    </message>
    <message>
        <source>A colleague saved this workflow at the same moment. Resume it again.</source>
        <translation>En kollega sparade arbetsflödet i samma ögonblick. Återuppta det igen.</translation>
    </message>
    <message>
        <source>Workflow saved.</source>
        <translation>Arbetsflödet har sparats.</translation>
    </message>
    <message>
        <source>There is no transaction %1.</source>
        <translation>Det finns ingen transaktion %1.</translation>
    </message>
    <message>
        <source>The card of this transaction could not be read: %1</source>
        <translation>Kortet för transaktionen kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>This transaction was not made with the workflow&apos;s card. Nothing was filed.</source>
        <translation>Transaktionen gjordes inte med arbetsflödets kort. Ingenting registrerades.</translation>
    </message>
    <message>
        <source>%1 already disputed this purchase at %2. Nothing was filed again.</source>
        <translation>%1 reklamerade redan köpet %2. Ingenting registrerades igen.</translation>
    </message>
    <message>
        <source>This transaction was declined or reversed: the customer was not charged, so there is nothing to dispute.</source>
        <translation>Transaktionen nekades eller återfördes: kunden debiterades inte, så det finns inget att reklamera.</translation>
    </message>
    <message>
        <source>The card was stolen: enter the police report reference before filing disputes.</source>
        <translation>Kortet stals: ange polisanmälans diarienummer innan reklamationer registreras.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like a police report reference (4 to 40 letters and digits). Check it with the customer.</source>
        <translation>&quot;%1&quot; ser inte ut som ett diarienummer för en polisanmälan (4 till 40 bokstäver och siffror). Kontrollera det med kunden.</translation>
    </message>
    <message>
        <source>The dispute could not be filed: %1</source>
        <translation>Reklamationen kunde inte registreras: %1</translation>
    </message>
    <message>
        <source>Dispute filed for %1 at %2.</source>
        <translation>Reklamation registrerad för %1 %2.</translation>
    </message>
    <message>
        <source>An answer holds a full card number. Card numbers are never stored: keep the last four digits at most, and save again.</source>
        <translation>Ett svar innehåller ett fullständigt kortnummer. Kortnummer sparas aldrig: behåll högst de fyra sista siffrorna och spara igen.</translation>
    </message>
</context>
<context>
    <name>LocalCustomerService</name>
    <message>
        <source>The customer database is not open.</source>
        <translation>Kunddatabasen är inte öppen.</translation>
    </message>
    <message>
        <source>The customer could not be read. Try again.</source>
        <translation>Kunden kunde inte läsas in. Försök igen.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Det finns ingen kund %1.</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s language: Finnish, Swedish, Norwegian or English.</source>
        <translation>Välj kundens språk: finska, svenska, norska eller engelska.</translation>
    </message>
    <message>
        <source>Keep at least a phone number or an email address, so that the customer can be reached.</source>
        <translation>Behåll minst ett telefonnummer eller en e-postadress så att kunden kan nås.</translation>
    </message>
    <message>
        <source>Some details need correcting before they can be saved.</source>
        <translation>Vissa uppgifter behöver rättas innan de kan sparas.</translation>
    </message>
    <message>
        <source>Someone else changed this customer&apos;s details while you were editing. Reload the customer and make your change again.</source>
        <translation>Någon annan ändrade kundens uppgifter medan du redigerade. Ladda om kunden och gör ändringen igen.</translation>
    </message>
    <message>
        <source>Contact details saved.</source>
        <translation>Kontaktuppgifterna har sparats.</translation>
    </message>
    <message>
        <source>Say why you need to see the identity number; the reason is recorded in the audit log.</source>
        <translation>Ange varför du behöver se personnumret. Orsaken registreras i granskningsloggen.</translation>
    </message>
    <message>
        <source>This reveal was recorded in the audit log.</source>
        <translation>Visningen har registrerats i granskningsloggen.</translation>
    </message>
</context>
<context>
    <name>LocalInboxService</name>
    <message>
        <source>The conversation could not be read. Try again.</source>
        <translation>Ärendet kunde inte läsas. Försök igen.</translation>
    </message>
    <message>
        <source>Write a reply first.</source>
        <translation>Skriv ett svar först.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Skriv anteckningen först.</translation>
    </message>
    <message>
        <source>The text is too long (%1 characters; at most %2). Shorten it or attach the details as a file.</source>
        <translation>Texten är för lång (%1 tecken; högst %2). Korta den eller bifoga uppgifterna som en fil.</translation>
    </message>
    <message>
        <source>This reply contains a full card number. Card numbers are never sent to customers: mask it (first six and last four digits at most) and send again. Nothing was sent.</source>
        <translation>Svaret innehåller ett fullständigt kortnummer. Kortnummer skickas aldrig till kunder: maskera det (högst de sex första och fyra sista siffrorna) och skicka igen. Ingenting har skickats.</translation>
    </message>
    <message>
        <source>This note contains a full card number. Card numbers are never stored: mask it (first six and last four digits at most) and save again.</source>
        <translation>Anteckningen innehåller ett fullständigt kortnummer. Kortnummer sparas aldrig: maskera det (högst de sex första och fyra sista siffrorna) och spara igen.</translation>
    </message>
    <message>
        <source>An alert has no channel to the customer. Add a note, or call the customer and log the call.</source>
        <translation>Ett larm har ingen kanal till kunden. Lägg till en anteckning, eller ring kunden och registrera samtalet.</translation>
    </message>
    <message>
        <source>A phone conversation has no written channel. Log the call, or add a note.</source>
        <translation>Ett telefonärende har ingen skriftlig kanal. Registrera samtalet, eller lägg till en anteckning.</translation>
    </message>
    <message>
        <source>Reply queued for %1. This desk works without a channel gateway, so it stays queued and has not reached the customer yet.</source>
        <translation>Svaret ligger i kö för %1. Den här arbetsplatsen fungerar utan kanalgateway, så svaret ligger kvar i kö och har ännu inte nått kunden.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Anteckningen har lagts till.</translation>
    </message>
    <message>
        <source>Select at least one conversation.</source>
        <translation>Välj minst ett ärende.</translation>
    </message>
    <message>
        <source>At most 1000 conversations can be changed at once.</source>
        <translation>Högst 1000 ärenden kan ändras samtidigt.</translation>
    </message>
    <message>
        <source>Only a supervisor can assign conversations to another agent. Assign them to yourself, or release them to a queue.</source>
        <translation>Bara en arbetsledare kan tilldela ärenden till en annan handläggare. Tilldela dem till dig själv, eller släpp dem till en kö.</translation>
    </message>
    <message>
        <source>Choose an agent or a queue.</source>
        <translation>Välj en handläggare eller en kö.</translation>
    </message>
    <message>
        <source>Moved to the %1 queue.</source>
        <translation>Flyttat till kön %1.</translation>
    </message>
    <message>
        <source>Assigned to you.</source>
        <translation>Tilldelat dig.</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>Tilldelat %1.</translation>
    </message>
    <message>
        <source>Conversation %1 is assigned to %2. Only a supervisor can take it over; ask them, or ask %2 to release it.</source>
        <translation>Ärende %1 är tilldelat %2. Bara en arbetsledare kan ta över det; fråga arbetsledaren, eller be %2 att släppa det.</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Stängt.</translation>
    </message>
    <message>
        <source>Marked resolved.</source>
        <translation>Markerat som löst.</translation>
    </message>
    <message>
        <source>Status changed.</source>
        <translation>Statusen har ändrats.</translation>
    </message>
    <message>
        <source>Priority changed.</source>
        <translation>Prioriteten har ändrats.</translation>
    </message>
    <message>
        <source>%1 is not a topic CardDesk knows.</source>
        <translation>%1 är inte ett ämne som CardDesk känner till.</translation>
    </message>
    <message>
        <source>Choose at least one topic.</source>
        <translation>Välj minst ett ämne.</translation>
    </message>
    <message>
        <source>Topics added.</source>
        <translation>Ämnena har lagts till.</translation>
    </message>
    <message>
        <source>Say why the customer called.</source>
        <translation>Ange varför kunden ringde.</translation>
    </message>
    <message>
        <source>The call&apos;s duration must be between 0 seconds and 24 hours.</source>
        <translation>Samtalets längd måste vara mellan 0 sekunder och 24 timmar.</translation>
    </message>
    <message>
        <source>The call notes are too long.</source>
        <translation>Samtalsanteckningarna är för långa.</translation>
    </message>
    <message>
        <source>The call notes contain a full card number. Card numbers are never stored: mask it (first six and last four digits at most) and save again.</source>
        <translation>Samtalsanteckningarna innehåller ett fullständigt kortnummer. Kortnummer sparas aldrig: maskera det (högst de sex första och fyra sista siffrorna) och spara igen.</translation>
    </message>
    <message>
        <source>Choose the customer who called.</source>
        <translation>Välj kunden som ringde.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Det finns ingen kund %1.</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Phone call (%1): %2</source>
        <translation>Telefonsamtal (%1): %2</translation>
    </message>
    <message>
        <source>Call logged.</source>
        <translation>Samtalet har registrerats.</translation>
    </message>
    <message>
        <source>%1: there is no attachment folder; the database is not open.</source>
        <translation>%1: det finns ingen mapp för bilagor; databasen är inte öppen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(inget ämne)</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Okänd avsändare</translation>
    </message>
    <message>
        <source>There is no agent called %1. Nothing was assigned.</source>
        <translation>Det finns ingen handläggare som heter %1. Inget tilldelades.</translation>
    </message>
    <message>
        <source>This message was imported before; nothing was stored again.</source>
        <translation>Meddelandet har importerats tidigare; inget sparades igen.</translation>
    </message>
    <message>
        <source>A written message needs a written channel: email, the app, chat or social.</source>
        <translation>Ett skriftligt meddelande kräver en skriftlig kanal: e-post, appen, chatt eller sociala medier.</translation>
    </message>
    <message>
        <source>Message queued. This desk works without a channel gateway, so it stays queued and has not reached the customer yet.</source>
        <translation>Meddelandet ligger i kö. Den här arbetsplatsen fungerar utan kanalgateway, så meddelandet ligger kvar i kö och har ännu inte nått kunden.</translation>
    </message>
    <message>
        <source>The conversation database is not open.</source>
        <translation>Ärendedatabasen är inte öppen.</translation>
    </message>
    <message>
        <source>Conversation %1 no longer exists. Refresh the inbox.</source>
        <translation>Ärende %1 finns inte längre. Uppdatera inkorgen.</translation>
    </message>
    <message>
        <source>The change could not be saved, and nothing was changed. Try again.</source>
        <translation>Ändringen kunde inte sparas, och ingenting ändrades. Försök igen.</translation>
    </message>
    <message>
        <source>A satisfaction survey went to the customer.</source>
        <translation>En nöjdhetsenkät skickades till kunden.</translation>
    </message>
    <message numerus="yes">
        <source>Satisfaction surveys went to %n customer(s).</source>
        <translation>
            <numerusform>Nöjdhetsenkät skickades till %n kund.</numerusform>
            <numerusform>Nöjdhetsenkäter skickades till %n kunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>No satisfaction survey was due.</source>
        <translation>Ingen nöjdhetsenkät var aktuell.</translation>
    </message>
    <message>
        <source>A satisfaction score is a whole number from 1 (very dissatisfied) to 5 (very satisfied).</source>
        <translation>Ett nöjdhetsbetyg är ett heltal från 1 (mycket missnöjd) till 5 (mycket nöjd).</translation>
    </message>
    <message>
        <source>Conversation %1 already has its satisfaction answer (%2 of 5, recorded %3). A survey is answered once; nothing was changed.</source>
        <translation>Ärende %1 har redan ett nöjdhetssvar (%2 av 5, registrerat %3). En enkät besvaras bara en gång; ingenting har ändrats.</translation>
    </message>
    <message>
        <source>Satisfaction answer (%1 of 5) queued for the server.</source>
        <translation>Nöjdhetssvaret (%1 av 5) ligger i kö till servern.</translation>
    </message>
    <message>
        <source>No satisfaction survey went out for conversation %1, so there is no answer to record. A survey goes out when an open conversation is resolved.</source>
        <translation>Ingen nöjdhetsenkät skickades för ärende %1, så det finns inget svar att registrera. En enkät skickas när ett öppet ärende löses.</translation>
    </message>
    <message>
        <source>Satisfaction answer recorded: %1 of 5.</source>
        <translation>Nöjdhetssvar registrerat: %1 av 5.</translation>
    </message>
</context>
<context>
    <name>LocalSupervisionService</name>
    <message>
        <source>The supervision figures are for supervisors. Ask a supervisor if you need to know how the queues are doing.</source>
        <translation>Siffrorna i Arbetsledning är till för arbetsledare. Fråga en arbetsledare om du behöver veta hur det går i köerna.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Databasen är inte öppen.</translation>
    </message>
    <message>
        <source>The figures could not be read. Try again; if it keeps failing, tell IT support.</source>
        <translation>Siffrorna kunde inte läsas. Försök igen; om felet kvarstår, kontakta IT-supporten.</translation>
    </message>
    <message>
        <source>Choose a period whose first day is not after its last day.</source>
        <translation>Välj en period där den första dagen inte infaller efter den sista.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Logga in först.</translation>
    </message>
    <message>
        <source>Your presence could not be saved, and nothing was changed. Try again.</source>
        <translation>Din närvarostatus kunde inte sparas och ingenting har ändrats. Försök igen.</translation>
    </message>
    <message>
        <source>There is no agent called %1 in this database.</source>
        <translation>Det finns ingen handläggare som heter %1 i den här databasen.</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <source>%1 is locked since %2. No new purchases can go through.</source>
        <translation>%1 är låst sedan %2. Inga nya köp kan gå igenom.</translation>
    </message>
    <message>
        <source>The card is locked</source>
        <translation>Kortet är låst</translation>
    </message>
    <message>
        <source>Now find out what was spent since the customer last had the card for sure.</source>
        <translation>Ta nu reda på vilka köp som har gjorts sedan kunden senast med säkerhet hade kortet.</translation>
    </message>
    <message>
        <source>Last &amp;certain use</source>
        <translation>Senaste &amp;säkra användning</translation>
    </message>
    <message>
        <source>When the customer last used the card or saw it themselves. Everything after that is reviewed on the next page.</source>
        <translation>När kunden senast använde kortet eller själv såg det. Allt därefter gås igenom på nästa sida.</translation>
    </message>
</context>
<context>
    <name>LogCallDialog</name>
    <message>
        <source>Log Call</source>
        <translation>Registrera samtal</translation>
    </message>
    <message>
        <source>No customer chosen</source>
        <translation>Ingen kund vald</translation>
    </message>
    <message>
        <source>Find another customer: name, number or phone</source>
        <translation>Sök en annan kund: namn, nummer eller telefon</translation>
    </message>
    <message>
        <source>What the customer wanted and what was agreed</source>
        <translation>Vad kunden ville och vad som överenskoms</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kund:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Orsak:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Anteckningar:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Längd:</translation>
    </message>
    <message>
        <source>No customer matches</source>
        <translation>Ingen kund matchar</translation>
    </message>
    <message>
        <source>Choose the customer…</source>
        <translation>Välj kunden…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1:%2 (running since this window opened)</source>
        <translation>%1:%2 (pågår sedan fönstret öppnades)</translation>
    </message>
    <message>
        <source>Choose the customer who called.</source>
        <translation>Välj kunden som ringde.</translation>
    </message>
    <message>
        <source>The call was not logged.</source>
        <translation>Samtalet registrerades inte.</translation>
    </message>
</context>
<context>
    <name>LostCardWizard</name>
    <message>
        <source>Not made or allowed by the customer</source>
        <translation>Inte gjort eller godkänt av kunden</translation>
    </message>
    <message>
        <source>Charged twice</source>
        <translation>Debiterat två gånger</translation>
    </message>
    <message>
        <source>Amount differs from the receipt</source>
        <translation>Beloppet skiljer sig från kvittot</translation>
    </message>
    <message>
        <source>Goods or service not received</source>
        <translation>Varan eller tjänsten har inte levererats</translation>
    </message>
    <message>
        <source>Subscription already cancelled</source>
        <translation>Prenumerationen redan uppsagd</translation>
    </message>
    <message>
        <source>The customer could not be found.</source>
        <translation>Kunden kunde inte hittas.</translation>
    </message>
    <message>
        <source>The workflow has not started yet.</source>
        <translation>Arbetsflödet har inte startat än.</translation>
    </message>
    <message>
        <source>The card %1 stays locked. The workflow is saved; you or a colleague can resume it from the customer view.</source>
        <translation>Kortet %1 förblir låst. Arbetsflödet är sparat; du eller en kollega kan återuppta det från kundvyn.</translation>
    </message>
    <message>
        <source>The workflow is saved; you or a colleague can resume it from the customer view.</source>
        <translation>Arbetsflödet är sparat; du eller en kollega kan återuppta det från kundvyn.</translation>
    </message>
    <message>
        <source>Lost, stolen or damaged card</source>
        <translation>Borttappat, stulet eller skadat kort</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
</context>
<context>
    <name>MacroCatalog</name>
    <message>
        <source>Cannot open the macro file %1: %2</source>
        <translation>Kan inte öppna filen med svarsmallar %1: %2</translation>
    </message>
    <message>
        <source>The macro file %1 is too large.</source>
        <translation>Filen med svarsmallar %1 är för stor.</translation>
    </message>
    <message>
        <source>The macro file %1 is not valid JSON: %2 at offset %3</source>
        <translation>Filen med svarsmallar %1 är inte giltig JSON: %2 vid position %3</translation>
    </message>
    <message>
        <source>The macro file %1 has no &quot;macros&quot; list.</source>
        <translation>Filen med svarsmallar %1 saknar listan &quot;macros&quot;.</translation>
    </message>
    <message>
        <source>Macro number %1 is not an object.</source>
        <translation>Svarsmall nummer %1 är inte ett objekt.</translation>
    </message>
    <message>
        <source>Macro number %1 has no id.</source>
        <translation>Svarsmall nummer %1 saknar id.</translation>
    </message>
    <message>
        <source>The macro id &quot;%1&quot; appears twice.</source>
        <translation>Id:t &quot;%1&quot; för svarsmallen förekommer två gånger.</translation>
    </message>
    <message>
        <source>The macro &quot;%1&quot; has no valid titles.</source>
        <translation>Svarsmallen &quot;%1&quot; har inga giltiga rubriker.</translation>
    </message>
    <message>
        <source>The macro &quot;%1&quot; has no valid bodies.</source>
        <translation>Svarsmallen &quot;%1&quot; har inga giltiga texter.</translation>
    </message>
    <message>
        <source>The macro &quot;%1&quot; has no English title or body.</source>
        <translation>Svarsmallen &quot;%1&quot; saknar engelsk rubrik eller text.</translation>
    </message>
    <message>
        <source>The topics of macro &quot;%1&quot; are not a list.</source>
        <translation>Ämnena för svarsmallen &quot;%1&quot; är inte en lista.</translation>
    </message>
    <message>
        <source>The macro &quot;%1&quot; has an invalid topic.</source>
        <translation>Svarsmallen &quot;%1&quot; har ett ogiltigt ämne.</translation>
    </message>
    <message>
        <source>The macro shortcut &quot;%1&quot; appears twice.</source>
        <translation>Kortkommandot &quot;%1&quot; för svarsmallar förekommer två gånger.</translation>
    </message>
</context>
<context>
    <name>MacroPicker</name>
    <message>
        <source>Insert a Macro</source>
        <translation>Infoga en svarsmall</translation>
    </message>
    <message>
        <source>Type to filter macros…</source>
        <translation>Skriv för att filtrera svarsmallar…</translation>
    </message>
    <message>
        <source>No macro matches.</source>
        <translation>Ingen svarsmall matchar.</translation>
    </message>
    <message>
        <source>Enter inserts the macro in the customer&apos;s language (%1). Esc closes.</source>
        <translation>Enter infogar svarsmallen på kundens språk (%1). Esc stänger.</translation>
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
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Find Customer</source>
        <translation>&amp;Sök kund</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;About CardDesk</source>
        <translation>&amp;Om CardDesk</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Områden</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Arbetsledare</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>agent name · role</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln kund</numerusform>
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
        <translation>Kundtjänstkonsolen för kortutgivare: kunder, kort och kundsamtal i ett och samma fönster.</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Byggd med Qt %1.</translation>
    </message>
    <message>
        <source>&amp;Lost or Stolen Card…</source>
        <translation>&amp;Borttappat eller stulet kort…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Verk&amp;tyg</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>&amp;Granskningslogg…</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>NationalIdField</name>
    <message>
        <source>The number could not be revealed.</source>
        <translation>Numret kunde inte visas.</translation>
    </message>
    <message>
        <source>Reveal…</source>
        <translation>Visa…</translation>
    </message>
    <message numerus="yes">
        <source>Show the full number for %n second(s). The reveal is audited.</source>
        <translation>
            <numerusform>Visa hela numret i %n sekund. Visningen loggas i granskningsloggen.</numerusform>
            <numerusform>Visa hela numret i %n sekunder. Visningen loggas i granskningsloggen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This reveal was recorded in the audit log. Hidden again in %n second(s).</source>
        <translation>
            <numerusform>Visningen har registrerats i granskningsloggen. Döljs igen om %n sekund.</numerusform>
            <numerusform>Visningen har registrerats i granskningsloggen. Döljs igen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revealing…</source>
        <translation>Visar…</translation>
    </message>
</context>
<context>
    <name>OpenFailureDialog</name>
    <message>
        <source>CardDesk could not open the customer database</source>
        <translation>CardDesk kunde inte öppna kunddatabasen</translation>
    </message>
    <message>
        <source>The customer database could not be opened</source>
        <translation>Kunddatabasen kunde inte öppnas</translation>
    </message>
    <message>
        <source>An unknown error occurred.</source>
        <translation>Ett okänt fel inträffade.</translation>
    </message>
    <message>
        <source>Database file: %1</source>
        <translation>Databasfil: %1</translation>
    </message>
    <message>
        <source>Choose Another Folder…</source>
        <translation>Välj en annan mapp…</translation>
    </message>
    <message>
        <source>Move the Damaged File Aside and Start Fresh</source>
        <translation>Flytta undan den skadade filen och börja om</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>Not sent</source>
        <translation>Inte skickat</translation>
    </message>
    <message>
        <source>This was about a conversation or card created on this computer that the server never took (its refusal is listed before this one). Nothing was sent; do it again on the server&apos;s copy.</source>
        <translation>Detta gällde en konversation eller ett kort som skapades på den här datorn och som servern aldrig tog emot (avvisningen står före den här i listan). Ingenting skickades; gör om det på serverns exemplar.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>The queue board could not be read.</source>
        <translation>Kööversikten kunde inte läsas.</translation>
    </message>
    <message>
        <source>The agents&apos; figures could not be read.</source>
        <translation>Handläggarnas siffror kunde inte läsas.</translation>
    </message>
    <message>
        <source>The charts&apos; figures could not be computed.</source>
        <translation>Diagrammens siffror kunde inte beräknas.</translation>
    </message>
    <message>
        <source>Conversations per channel</source>
        <translation>Ärenden per kanal</translation>
    </message>
    <message>
        <source>First response against the SLA target</source>
        <translation>Första svar mot SLA-målet</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT) per week</source>
        <translation>Nöjdhet (CSAT) per vecka</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>No open conversations</source>
        <translation>Inga öppna ärenden</translation>
    </message>
    <message>
        <source>Double-click a figure for its conversations</source>
        <translation>Dubbelklicka på en siffra för att se dess ärenden</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln available</source>
        <comment>agents</comment>
        <translation>
            <numerusform>Tillgängliga: %1 av %Ln</numerusform>
            <numerusform>Tillgängliga: %1 av %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>Beräknar %1…</translation>
    </message>
    <message>
        <source>%1 · computed %2</source>
        <translation>%1 · beräknat %2</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Köer</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>Senaste %1 dagarna</translation>
    </message>
    <message>
        <source>Double-click a figure to list its conversations on the Queues page</source>
        <translation>Dubbelklicka på en siffra för att se dess ärenden på sidan Köer</translation>
    </message>
    <message>
        <source>Double-click an agent for their open conversations on the Agents page</source>
        <translation>Dubbelklicka på en handläggare för att se hens öppna ärenden på sidan Handläggare</translation>
    </message>
</context>
<context>
    <name>PolicePage</name>
    <message>
        <source>A reference has 4 to 40 letters, digits, spaces, / - or . and at least one digit. Check it with the customer.</source>
        <translation>Ett diarienummer har 4 till 40 bokstäver, siffror, mellanslag, / - eller . och minst en siffra. Kontrollera det med kunden.</translation>
    </message>
    <message>
        <source>Required: the card was stolen and purchases are disputed. Ask for the reference of the customer&apos;s police report.</source>
        <translation>Obligatoriskt: kortet stals och köp reklameras. Be om diarienumret för kundens polisanmälan.</translation>
    </message>
    <message>
        <source>Optional: if the customer has reported it to the police, note the reference.</source>
        <translation>Valfritt: om kunden har gjort en polisanmälan, anteckna diarienumret.</translation>
    </message>
    <message>
        <source>Filed: %1</source>
        <translation>Registrerad: %1</translation>
    </message>
    <message>
        <source>To file: %1 (%2)</source>
        <translation>Att registrera: %1 (%2)</translation>
    </message>
    <message>
        <source>No disputes to file.</source>
        <translation>Inga reklamationer att registrera.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>&amp;File disputes</source>
        <translation>&amp;Registrera reklamationer</translation>
    </message>
    <message>
        <source>Dispute filed: %1</source>
        <translation>Reklamation registrerad: %1</translation>
    </message>
    <message>
        <source>Police report</source>
        <translation>Polisanmälan</translation>
    </message>
    <message>
        <source>The disputes are filed when you continue.</source>
        <translation>Reklamationerna registreras när du fortsätter.</translation>
    </message>
    <message>
        <source>Police &amp;reference</source>
        <translation>Polisens &amp;diarienummer</translation>
    </message>
    <message>
        <source>e.g. 5500/R/12345/26</source>
        <translation>t.ex. 5500/R/12345/26</translation>
    </message>
</context>
<context>
    <name>PresenceButton</name>
    <message>
        <source>Your presence, as supervisors see it. Click to change it.</source>
        <translation>Din närvaro, som arbetsledarna ser den. Klicka för att ändra.</translation>
    </message>
    <message>
        <source>Presence: %1</source>
        <translation>Närvaro: %1</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Närvaro</translation>
    </message>
</context>
<context>
    <name>QueueBoardModel</name>
    <message>
        <source>All queues</source>
        <translation>Alla köer</translation>
    </message>
    <message>
        <source>all queues</source>
        <translation>alla köer</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>queue, channel</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 in %2. Double-click or press Enter to list them.</source>
        <translation>%1 i %2. Dubbelklicka eller tryck på Enter för att visa dem i en lista.</translation>
    </message>
    <message>
        <source>Oldest waiting (minutes)</source>
        <translation>Längst väntande (minuter)</translation>
    </message>
    <message>
        <source>New, or not assigned to anyone yet</source>
        <translation>Nya, eller ännu inte tilldelade någon</translation>
    </message>
    <message>
        <source>Assigned to an agent, open or on hold</source>
        <translation>Tilldelade en handläggare, öppna eller pausade</translation>
    </message>
    <message>
        <source>Waiting for the customer&apos;s answer</source>
        <translation>Väntar på kundens svar</translation>
    </message>
    <message>
        <source>How long the oldest waiting conversation has waited</source>
        <translation>Hur länge det ärende som väntat längst har väntat</translation>
    </message>
    <message>
        <source>The SLA deadline that applies now falls within the next hour</source>
        <translation>Den SLA-tidsfrist som gäller nu infaller inom den närmaste timmen</translation>
    </message>
    <message>
        <source>The SLA deadline that applies now has passed</source>
        <translation>Den SLA-tidsfrist som gäller nu har passerats</translation>
    </message>
    <message>
        <source>Waiting, in progress and pending customer together</source>
        <translation>Väntande, pågående och väntar på kund sammanlagt</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kö</translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation>Längst väntande</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alla kanaler</translation>
    </message>
</context>
<context>
    <name>QueueBoardPage</name>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>The queue board could not be read.</source>
        <translation>Kööversikten kunde inte läsas.</translation>
    </message>
    <message>
        <source>No open conversations</source>
        <translation>Inga öppna ärenden</translation>
    </message>
    <message>
        <source>Double-click a figure for its conversations</source>
        <translation>Dubbelklicka på en siffra för att se dess ärenden</translation>
    </message>
    <message>
        <source>%1 in progress · %2 pending</source>
        <translation>%1 pågående · %2 väntar på kund</translation>
    </message>
    <message>
        <source>New or not assigned</source>
        <translation>Nya eller ej tilldelade</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>queue, channel</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation>Ingen väntar</translation>
    </message>
    <message>
        <source>Deadline within the hour</source>
        <translation>Tidsfrist inom en timme</translation>
    </message>
    <message>
        <source>%1 of open conversations</source>
        <translation>%1 av de öppna ärendena</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Double-click a figure, or select it and press Enter, to list the conversations behind it.</source>
        <translation>Dubbelklicka på en siffra, eller markera den och tryck på Enter, för att visa ärendena bakom den.</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Alla köer</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>figure · where</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>None now. The figures have moved since the board was read.</source>
        <translation>Inga just nu. Siffrorna har ändrats sedan översikten lästes in.</translation>
    </message>
    <message>
        <source>%1 shown, more as you scroll</source>
        <translation>%1 visas, fler när du rullar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln ärende</numerusform>
            <numerusform>%Ln ärenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Open conversations</source>
        <translation>Öppna ärenden</translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation>Längst väntande</translation>
    </message>
    <message>
        <source>Breached SLA</source>
        <translation>Överskriden SLA</translation>
    </message>
    <message>
        <source>Queues by channel</source>
        <translation>Köer per kanal</translation>
    </message>
    <message>
        <source>Queue board</source>
        <translation>Kööversikt</translation>
    </message>
    <message>
        <source>Conversations behind the figure</source>
        <translation>Ärenden bakom siffran</translation>
    </message>
</context>
<context>
    <name>RemoteAuditService</name>
    <message>
        <source>The audit log is on the server; it cannot be read while offline. Try again when the status bar says online.</source>
        <translation>Granskningsloggen finns på servern och kan inte läsas offline. Försök igen när statusfältet visar Online.</translation>
    </message>
    <message>
        <source>The server refused to read the audit log: %1</source>
        <translation>Servern vägrade läsa granskningsloggen: %1</translation>
    </message>
    <message>
        <source>The server could not read the audit log. Try again; if it keeps failing, tell IT support.</source>
        <translation>Servern kunde inte läsa granskningsloggen. Försök igen; om felet kvarstår, kontakta IT-supporten.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Det finns ingen kund %1.</translation>
    </message>
    <message>
        <source>There is no card #%1.</source>
        <translation>Det finns inget kort #%1.</translation>
    </message>
    <message>
        <source>On the server, a card&apos;s last four digits are looked up among one customer&apos;s cards: enter the customer number too, or the card&apos;s id, such as #45.</source>
        <translation>På servern söks kortets fyra sista siffror bland en kunds kort: ange även kundnumret, eller kortets id, till exempel #45.</translation>
    </message>
    <message>
        <source>Customer %1 has no card ending in %2.</source>
        <translation>Kund %1 har inget kort som slutar på %2.</translation>
    </message>
</context>
<context>
    <name>RemoteBackend</name>
    <message>
        <source>The certificate authorities in %1 could not be used: %2</source>
        <translation>Certifikatutfärdarna i %1 kunde inte användas: %2</translation>
    </message>
    <message>
        <source>The cache %1 belongs to the server %2, not %3. Start with another data folder, or delete the cache file.</source>
        <translation>Cachen %1 hör till servern %2, inte %3. Starta med en annan datamapp eller ta bort cachefilen.</translation>
    </message>
    <message>
        <source>The cache could not be prepared: %1</source>
        <translation>Cachen kunde inte förberedas: %1</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation>Servern godtog inte användarnamnet eller lösenordet.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached (%2). Check the address and the network.</source>
        <translation>Servern %1 kan inte nås (%2). Kontrollera adressen och nätverket.</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Inloggningen misslyckades: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the sign-in could not be read: %1</source>
        <translation>Serverns svar på inloggningen kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>Servern avvisade %1: %2</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Ansluten till %1</translation>
    </message>
    <message>
        <source>The server did not accept the password.</source>
        <translation>Servern godtog inte lösenordet.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). Your work waits on this computer; sign in again when the connection is back.</source>
        <translation>Servern kan inte nås (%1). Ditt arbete väntar på den här datorn; logga in igen när anslutningen är tillbaka.</translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Sign in with your password.</source>
        <translation>Din session på %1 har upphört. Logga in med ditt lösenord.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached (%2), and %3 has not signed in on this computer before, so there is nothing to work on offline. Check the network and start again.</source>
        <translation>Servern %1 går inte att nå (%2), och %3 har inte loggat in på den här datorn tidigare, så det finns inget att arbeta med offline. Kontrollera nätverket och starta igen.</translation>
    </message>
    <message>
        <source>The desk&apos;s history is being read from the server. Until it is in, figures from before this console&apos;s first sign-in may be incomplete; they fill in by themselves.</source>
        <translation>Teamets historik läses in från servern. Tills den är klar kan siffror från före den här konsolens första inloggning vara ofullständiga; de fylls i av sig själva.</translation>
    </message>
    <message>
        <source>The desk&apos;s history could not be read from the server yet, so figures from before this console&apos;s first sign-in may be incomplete. It is read again when the server can be reached.</source>
        <translation>Teamets historik kunde inte läsas in från servern än, så siffror från före den här konsolens första inloggning kan vara ofullständiga. Den läses in igen när servern går att nå.</translation>
    </message>
</context>
<context>
    <name>RemoteCardService</name>
    <message>
        <source>The server could not be asked for all of this card&apos;s transactions: these are the ones this computer has, and some may be missing. Look again when the status bar says online.</source>
        <translation>Servern kunde inte tillfrågas om alla transaktioner för kortet: detta är de som finns på den här datorn, och några kan saknas. Titta igen när statusfältet visar Online.</translation>
    </message>
</context>
<context>
    <name>RemoteCustomerService</name>
    <message>
        <source>The server refused the search: %1</source>
        <translation>Servern avvisade sökningen: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached: these results are from this computer&apos;s copy and may be out of date.</source>
        <translation>Servern kan inte nås: resultaten kommer från den här datorns kopia och kan vara inaktuella.</translation>
    </message>
    <message>
        <source>There is no such customer on the server.</source>
        <translation>Det finns ingen sådan kund på servern.</translation>
    </message>
    <message>
        <source>The server cannot be reached and this customer has not been opened on this computer before.</source>
        <translation>Servern kan inte nås och den här kunden har inte öppnats på den här datorn tidigare.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Serverns svar kunde inte läsas.</translation>
    </message>
    <message>
        <source>Say why you need to see the identity number; the reason is recorded in the audit log.</source>
        <translation>Ange varför du behöver se personnumret; skälet sparas i granskningsloggen.</translation>
    </message>
    <message>
        <source>This reveal was recorded in the server&apos;s audit log.</source>
        <translation>Visningen sparades i serverns granskningslogg.</translation>
    </message>
    <message>
        <source>The server&apos;s answer held no identity number.</source>
        <translation>Serverns svar innehöll inget personnummer.</translation>
    </message>
    <message>
        <source>The server refused to show the identity number: %1</source>
        <translation>Servern vägrade visa personnumret: %1</translation>
    </message>
    <message>
        <source>The full identity number is kept on the server only, which cannot be reached now. Try again when the status bar says online.</source>
        <translation>Hela personnumret finns bara på servern, som inte kan nås just nu. Försök igen när statusfältet visar Online.</translation>
    </message>
</context>
<context>
    <name>RemoteInboxService</name>
    <message>
        <source>This conversation is not on this computer and the server cannot be reached. Try again when the connection is back.</source>
        <translation>Konversationen finns inte på den här datorn och servern kan inte nås. Försök igen när anslutningen är tillbaka.</translation>
    </message>
    <message>
        <source>%1: in remote mode e-mail is imported on the server, not in the console.</source>
        <translation>%1: i fjärrläge importeras e-post på servern, inte i konsolen.</translation>
    </message>
</context>
<context>
    <name>ReplacementPage</name>
    <message>
        <source>A new card with a new number. %1 is closed for good when you order it.</source>
        <translation>Ett nytt kort med nytt nummer. %1 stängs permanent när du beställer det.</translation>
    </message>
    <message>
        <source>A new card with the same number. %1 keeps working until the new one is activated.</source>
        <translation>Ett nytt kort med samma nummer. %1 fungerar tills det nya kortet aktiveras.</translation>
    </message>
    <message>
        <source>Registered address: %1
Phone: %2
Email: %3</source>
        <translation>Registrerad adress: %1
Telefon: %2
E-post: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>⚠ A card sent to this address did not arrive (%1). Confirm the address, or choose a pickup point.</source>
        <translation>⚠ Ett kort som skickades till den här adressen kom inte fram (%1). Bekräfta adressen eller välj ett utlämningsställe.</translation>
    </message>
    <message>
        <source>✓ The customer is strongly verified.</source>
        <translation>✓ Kunden är starkt identifierad.</translation>
    </message>
    <message>
        <source>Another address than the registered one needs strong verification: verify the customer with bank ID or in the app.</source>
        <translation>En annan adress än den registrerade kräver stark identifiering: identifiera kunden med BankID eller i appen.</translation>
    </message>
    <message>
        <source>&amp;Order replacement</source>
        <translation>Beställ &amp;ersättningskort</translation>
    </message>
    <message>
        <source>&amp;Close the card</source>
        <translation>&amp;Stäng kortet</translation>
    </message>
    <message>
        <source>Verification failed: send the card to the registered address, or verify again.</source>
        <translation>Identifieringen misslyckades: skicka kortet till den registrerade adressen eller identifiera kunden igen.</translation>
    </message>
    <message>
        <source>The card could not be read again.</source>
        <translation>Kortet kunde inte läsas igen.</translation>
    </message>
    <message>
        <source>closed without a replacement</source>
        <translation>stängt utan ersättningskort</translation>
    </message>
    <message>
        <source>Replacement card</source>
        <translation>Ersättningskort</translation>
    </message>
    <message>
        <source>How the new card travels, and its PIN.</source>
        <translation>Hur det nya kortet skickas, och dess PIN-kod.</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Leverans</translation>
    </message>
    <message>
        <source>By &amp;post to the registered address (5 business days)</source>
        <translation>Med &amp;post till den registrerade adressen (5 bankdagar)</translation>
    </message>
    <message>
        <source>To a p&amp;ickup point</source>
        <translation>Till ett &amp;utlämningsställe</translation>
    </message>
    <message>
        <source>E&amp;xpedited by courier to the registered address (2 business days)</source>
        <translation>E&amp;xpress med bud till den registrerade adressen (2 bankdagar)</translation>
    </message>
    <message>
        <source>No replacement: close the card only</source>
        <translation>Inget ersättningskort: stäng bara kortet</translation>
    </message>
    <message>
        <source>Verified with &amp;bank ID</source>
        <translation>Identifierad med Bank&amp;ID</translation>
    </message>
    <message>
        <source>Confirmed in the &amp;app</source>
        <translation>Bekräftat i &amp;appen</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>Identifieringen misslyckades</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kod</translation>
    </message>
    <message>
        <source>&amp;Keep the current PIN</source>
        <translation>Be&amp;håll nuvarande PIN-kod</translation>
    </message>
    <message>
        <source>&amp;New PIN, sent by letter separately</source>
        <translation>&amp;Ny PIN-kod, skickas separat med brev</translation>
    </message>
    <message>
        <source>Address, phone and email &amp;confirmed with the customer (changes need strong verification: edit them in the customer view)</source>
        <translation>Adress, telefon och e-post be&amp;kräftade med kunden (ändringar kräver stark identifiering: redigera dem i kundvyn)</translation>
    </message>
</context>
<context>
    <name>RevealReasonDialog</name>
    <message>
        <source>Reveal national identity number</source>
        <translation>Visa personnummer</translation>
    </message>
    <message>
        <source>The full number is shown for 30 seconds. The reveal, with your name and the reason, is recorded in the audit log.</source>
        <translation>Hela numret visas i 30 sekunder. Visningen registreras i granskningsloggen tillsammans med ditt namn och orsaken.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Orsak:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Detaljer:</translation>
    </message>
    <message>
        <source>Customer verification</source>
        <translation>Verifiering av kund</translation>
    </message>
    <message>
        <source>Fraud investigation</source>
        <translation>Bedrägeriutredning</translation>
    </message>
    <message>
        <source>Legal request</source>
        <translation>Rättslig begäran</translation>
    </message>
    <message>
        <source>Other (describe below)</source>
        <translation>Annat (beskriv nedan)</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Required: why is the number needed?</source>
        <translation>Obligatoriskt: varför behövs numret?</translation>
    </message>
    <message>
        <source>Optional, for example a case number</source>
        <translation>Valfritt, till exempel ett ärendenummer</translation>
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
        <translation>Sedan %1. Fråga om varje transaktion: tryck på R om kunden känner igen den, N om inte. Köp som kunden inte känner igen reklameras.</translation>
    </message>
    <message>
        <source>The transactions could not be read: %1</source>
        <translation>Transaktionerna kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>No transactions since then.</source>
        <translation>Inga transaktioner sedan dess.</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Reklamerad</translation>
    </message>
    <message>
        <source>✓ Recognised</source>
        <translation>✓ Känner igen</translation>
    </message>
    <message>
        <source>✕ Not recognised</source>
        <translation>✕ Känner inte igen</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Dispute: %1</source>
        <translation>Reklamation: %1</translation>
    </message>
    <message>
        <source>Disputes of purchases the customer did not make</source>
        <translation>Reklamationer av köp som kunden inte har gjort</translation>
    </message>
    <message>
        <source>Review what was spent</source>
        <translation>Gå igenom köpen</translation>
    </message>
    <message>
        <source>Every transaction since the last certain use, newest first.</source>
        <translation>Alla transaktioner sedan den senaste säkra användningen, nyaste först.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Handlare</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Customer says</source>
        <translation>Kunden säger</translation>
    </message>
    <message>
        <source>Recognised (R)</source>
        <translation>Känner igen (R)</translation>
    </message>
    <message>
        <source>Not recognised (N)</source>
        <translation>Känner inte igen (N)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Orsak</translation>
    </message>
    <message>
        <source>The customer &amp;declares they neither made nor allowed the purchases marked not recognised</source>
        <translation>Kunden &amp;intygar att hen varken har gjort eller godkänt de köp som markerats som ej igenkända</translation>
    </message>
    <message>
        <source>Receipt: </source>
        <translation>Kvitto: </translation>
    </message>
    <message>
        <source>When it should have arrived</source>
        <translation>När det skulle ha kommit</translation>
    </message>
    <message>
        <source>The customer has contacted the merchant</source>
        <translation>Kunden har kontaktat handlaren</translation>
    </message>
    <message>
        <source>When the customer cancelled</source>
        <translation>När kunden sa upp</translation>
    </message>
</context>
<context>
    <name>ScreenshotRunner</name>
    <message>
        <source>Timed out after %1 seconds before the window reached the requested state.</source>
        <translation>Tidsgränsen på %1 sekunder överskreds innan fönstret nådde det begärda läget.</translation>
    </message>
    <message>
        <source>Unknown view “%1”. Known views: %2.</source>
        <translation>Okänd vy ”%1”. Kända vyer: %2.</translation>
    </message>
    <message>
        <source>The customer database could not be opened: %1</source>
        <translation>Kunddatabasen kunde inte öppnas: %1</translation>
    </message>
    <message>
        <source>The window could not be captured.</source>
        <translation>Det gick inte att ta en bild av fönstret.</translation>
    </message>
    <message>
        <source>Could not write “%1”. Check the folder exists and is writable.</source>
        <translation>Kunde inte skriva ”%1”. Kontrollera att mappen finns och är skrivbar.</translation>
    </message>
    <message>
        <source>Saved %1 (%2×%3).</source>
        <translation>Sparade %1 (%2×%3).</translation>
    </message>
    <message>
        <source>This backend has no inbox.</source>
        <translation>Den här backenden har ingen inkorg.</translation>
    </message>
    <message>
        <source>The audit log is for supervisors. Sign in as one, for example with --agent riikka.nurmi (a demo supervisor).</source>
        <translation>Granskningsloggen är för arbetsledare. Logga in som arbetsledare, till exempel med --agent riikka.nurmi (en demoarbetsledare).</translation>
    </message>
    <message>
        <source>The audit log did not open.</source>
        <translation>Granskningsloggen öppnades inte.</translation>
    </message>
    <message>
        <source>The card workflow did not open.</source>
        <translation>Arbetsflödet för kort öppnades inte.</translation>
    </message>
    <message>
        <source>The card workflow closed before it was captured.</source>
        <translation>Arbetsflödet för kort stängdes innan bilden togs.</translation>
    </message>
    <message>
        <source>The replacement page is not as expected.</source>
        <translation>Sidan för ersättningskort ser inte ut som förväntat.</translation>
    </message>
    <message>
        <source>The supervision workspace is for supervisors. Sign in as one, for example with --agent riikka.nurmi (a demo supervisor).</source>
        <translation>Arbetsledningsvyn är för arbetsledare. Logga in som arbetsledare, till exempel med --agent riikka.nurmi (en demoarbetsledare).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Everything in the customer lookup can be done from the keyboard.</source>
        <translation>Allt i kundsökningen kan göras från tangentbordet.</translation>
    </message>
    <message>
        <source>Find a customer (from anywhere)</source>
        <translation>Sök efter en kund (var du än är i programmet)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Skriv</translation>
    </message>
    <message>
        <source>Search as you type: name, phone, email, customer number, card last four</source>
        <translation>Sök medan du skriver: namn, telefon, e-post, kundnummer, kortets fyra sista siffror</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nedpil</translation>
    </message>
    <message>
        <source>Move from the search field into the results</source>
        <translation>Gå från sökfältet till resultaten</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Uppil / Nedpil</translation>
    </message>
    <message>
        <source>Move between results; the selected customer is shown on the right</source>
        <translation>Flytta mellan resultaten; den valda kunden visas till höger</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the selected customer</source>
        <translation>Öppna den valda kunden</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the search and return to the search field</source>
        <translation>Rensa sökningen och gå tillbaka till sökfältet</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>Visa den här listan</translation>
    </message>
    <message>
        <source>Quit CardDesk</source>
        <translation>Avsluta CardDesk</translation>
    </message>
    <message>
        <source>Lost, stolen or damaged card: the guided workflow for the customer on screen</source>
        <translation>Borttappat, stulet eller skadat kort: det guidade arbetsflödet för kunden på skärmen</translation>
    </message>
    <message>
        <source>R / N</source>
        <translation>R / N</translation>
    </message>
    <message>
        <source>In the workflow&apos;s review: the customer recognises the transaction, or not</source>
        <translation>I arbetsflödets genomgång: kunden känner igen transaktionen, eller inte</translation>
    </message>
    <message>
        <source>Inbox: show or hide the customer panel</source>
        <translation>Inkorg: visa eller dölj kundpanelen</translation>
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
        <translation>Kortet identifierat — &amp;lås nu</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>Ask which card, and what happened. The card is locked as soon as you continue: identifying the card is enough for a protective lock.</source>
        <translation>Fråga vilket kort det gäller och vad som har hänt. Kortet låses så snart du fortsätter: det räcker att kortet är identifierat för en skyddande låsning.</translation>
    </message>
    <message>
        <source>A damaged card keeps working until its replacement is activated; nothing is locked.</source>
        <translation>Ett skadat kort fungerar tills ersättningskortet aktiveras; ingenting låses.</translation>
    </message>
    <message>
        <source>Someone else may have the card&apos;s details. The card is locked now and replaced with a new number.</source>
        <translation>Någon annan kan ha kortets uppgifter. Kortet låses nu och ersätts med ett kort med nytt nummer.</translation>
    </message>
    <message>
        <source>The card is locked as soon as you continue. A lock can be lifted if the card turns up.</source>
        <translation>Kortet låses så snart du fortsätter. En låsning kan hävas om kortet kommer till rätta.</translation>
    </message>
    <message>
        <source>The card %1 was already locked; it stays locked.</source>
        <translation>Kortet %1 var redan låst; det förblir låst.</translation>
    </message>
    <message>
        <source>The card is NOT locked: %1</source>
        <translation>Kortet är INTE låst: %1</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Vad har hänt?</translation>
    </message>
    <message>
        <source>Lock the card first; everything else can follow.</source>
        <translation>Lås kortet först; resten kan göras sedan.</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Kort</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad som hände</translation>
    </message>
    <message>
        <source>&amp;Lost</source>
        <translation>&amp;Borttappat</translation>
    </message>
    <message>
        <source>&amp;Stolen</source>
        <translation>&amp;Stulet</translation>
    </message>
    <message>
        <source>&amp;Damaged (still in the customer&apos;s hands)</source>
        <translation>Ska&amp;dat (fortfarande hos kunden)</translation>
    </message>
    <message>
        <source>C&amp;ompromised (someone else used the card&apos;s details)</source>
        <translation>K&amp;omprometterat (någon annan har använt kortuppgifterna)</translation>
    </message>
    <message>
        <source>In the customer&apos;s &amp;words</source>
        <translation>Med kundens &amp;egna ord</translation>
    </message>
    <message>
        <source>Optional: where and when, what they noticed</source>
        <translation>Valfritt: var och när, vad kunden märkte</translation>
    </message>
</context>
<context>
    <name>SlaPolicy</name>
    <message>
        <source>The SLA policy is not valid JSON: %1 at offset %2</source>
        <translation>SLA-policyn är inte giltig JSON: %1 vid position %2</translation>
    </message>
    <message>
        <source>The SLA policy must be a JSON object.</source>
        <translation>SLA-policyn måste vara ett JSON-objekt.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot; in the SLA policy.</source>
        <translation>Okänd tidszon &quot;%1&quot; i SLA-policyn.</translation>
    </message>
    <message>
        <source>The business hours of the SLA policy must be &quot;HH:mm&quot; with opening before closing.</source>
        <translation>SLA-policyns öppettider måste anges som &quot;HH:mm&quot; med öppning före stängning.</translation>
    </message>
    <message>
        <source>The holidays of the SLA policy must be a list of dates.</source>
        <translation>SLA-policyns helgdagar måste vara en lista med datum.</translation>
    </message>
    <message>
        <source>Invalid holiday date &quot;%1&quot; in the SLA policy.</source>
        <translation>Ogiltigt helgdagsdatum &quot;%1&quot; i SLA-policyn.</translation>
    </message>
    <message>
        <source>The channels of the SLA policy must be an object.</source>
        <translation>SLA-policyns kanaler måste vara ett objekt.</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot; in the SLA policy.</source>
        <translation>Okänd kanal &quot;%1&quot; i SLA-policyn.</translation>
    </message>
    <message>
        <source>The SLA targets of channel &quot;%1&quot; must be an object.</source>
        <translation>SLA-målen för kanalen &quot;%1&quot; måste vara ett objekt.</translation>
    </message>
    <message>
        <source>&quot;businessHours&quot; of channel &quot;%1&quot; must be true or false.</source>
        <translation>&quot;businessHours&quot; för kanalen &quot;%1&quot; måste vara true eller false.</translation>
    </message>
    <message>
        <source>Unknown priority &quot;%1&quot; for channel &quot;%2&quot; in the SLA policy.</source>
        <translation>Okänd prioritet &quot;%1&quot; för kanalen &quot;%2&quot; i SLA-policyn.</translation>
    </message>
    <message>
        <source>The targets of %1/%2 must be positive durations such as &quot;30s&quot;, &quot;15m&quot; or &quot;24h&quot;.</source>
        <translation>Målen för %1/%2 måste vara positiva tidslängder, till exempel &quot;30s&quot;, &quot;15m&quot; eller &quot;24h&quot;.</translation>
    </message>
    <message>
        <source>The resolution target of %1/%2 is shorter than its first-response target.</source>
        <translation>Lösningsmålet för %1/%2 är kortare än målet för första svar.</translation>
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
        <translation>som svar på webbformuläret</translation>
    </message>
    <message>
        <source>as a reply on social media</source>
        <translation>som svar i sociala medier</translation>
    </message>
    <message>
        <source>as a message in the app</source>
        <translation>som meddelande i appen</translation>
    </message>
    <message>
        <source>by email to %1</source>
        <translation>med e-post till %1</translation>
    </message>
    <message>
        <source>Confirmation to the customer, in %1, %2</source>
        <translation>Bekräftelse till kunden på %1, %2</translation>
    </message>
    <message>
        <source>Card %2 %1 (%3).</source>
        <comment>card •••• 1234 stolen (customer&apos;s words)</comment>
        <translation>Kort %2 %1 (%3).</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>inga detaljer angivna</translation>
    </message>
    <message>
        <source>Locked at once.</source>
        <translation>Låst direkt.</translation>
    </message>
    <message>
        <source>Police reference %1.</source>
        <translation>Polisens diarienummer %1.</translation>
    </message>
    <message>
        <source>&amp;Send and finish</source>
        <translation>&amp;Skicka och slutför</translation>
    </message>
    <message>
        <source>%1 locked</source>
        <translation>%1 låst</translation>
    </message>
    <message>
        <source>%1 not locked</source>
        <translation>%1 inte låst</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) reviewed</source>
        <translation>
            <numerusform>%n transaktion genomgången</numerusform>
            <numerusform>%n transaktioner genomgångna</numerusform>
        </translation>
    </message>
    <message>
        <source>Police reference %1 recorded</source>
        <translation>Polisens diarienummer %1 registrerat</translation>
    </message>
    <message>
        <source>No replacement ordered</source>
        <translation>Inget ersättningskort beställt</translation>
    </message>
    <message>
        <source>Confirmation sent to the customer</source>
        <translation>Bekräftelse skickad till kunden</translation>
    </message>
    <message>
        <source>Confirmation to the customer: sent when you finish</source>
        <translation>Bekräftelse till kunden: skickas när du slutför</translation>
    </message>
    <message>
        <source>Internal note added</source>
        <translation>Intern anteckning tillagd</translation>
    </message>
    <message>
        <source>Internal note: added when you finish</source>
        <translation>Intern anteckning: läggs till när du slutför</translation>
    </message>
    <message>
        <source>Lost, stolen or damaged card</source>
        <translation>Borttappat, stulet eller skadat kort</translation>
    </message>
    <message>
        <source>Done: %1. The confirmation is queued for the customer and the note is on the conversation.</source>
        <translation>Klart: %1. Bekräftelsen ligger i kö till kunden och anteckningen finns i ärendet.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>What was done, and what the customer is told.</source>
        <translation>Vad som har gjorts och vad kunden får veta.</translation>
    </message>
    <message>
        <source>Internal &amp;note (never shown to the customer)</source>
        <translation>Intern &amp;anteckning (visas aldrig för kunden)</translation>
    </message>
    <message numerus="yes">
        <source>Last certain use %1; %n transaction(s) reviewed, %2 disputed.</source>
        <translation>
            <numerusform>Senaste säkra användning %1; %n transaktion genomgången, %2 reklamerade.</numerusform>
            <numerusform>Senaste säkra användning %1; %n transaktioner genomgångna, %2 reklamerade.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupervisionText</name>
    <message>
        <source>Available</source>
        <comment>agent presence</comment>
        <translation>Tillgänglig</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>agent presence</comment>
        <translation>Upptagen</translation>
    </message>
    <message>
        <source>Away</source>
        <comment>agent presence</comment>
        <translation>Borta</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>agent presence</comment>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>open conversations</comment>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>conversations nobody works yet</comment>
        <translation>Väntande</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågående</translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation>Väntar på kund</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Förfaller snart</translation>
    </message>
    <message>
        <source>Breached</source>
        <comment>past the SLA deadline</comment>
        <translation>Överskridna</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage; the number comes first</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>W%1</source>
        <comment>ISO week number, short</comment>
        <translation>v.&#xa0;%1</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>Vecka %1: %2 – %3</translation>
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
        <translation>Live · uppdaterad %1</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Arbetsledning</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Köer</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analys</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Read the figures again now (%1). They also refresh by themselves.</source>
        <translation>Läs in siffrorna igen nu (%1). De uppdateras också automatiskt.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>No keychain is available on this machine: CardDesk keeps the token for this session only and asks for the password next time</source>
        <translation>Det finns ingen nyckelring på den här datorn: CardDesk behåller token bara under den här sessionen och frågar efter lösenordet nästa gång</translation>
    </message>
    <message>
        <source>The keychain refused access, so CardDesk keeps the token for this session only and asks for the password next time.</source>
        <translation>Nyckelringen nekade åtkomst, så CardDesk behåller token bara under den här sessionen och frågar efter lösenordet nästa gång.</translation>
    </message>
    <message>
        <source>The keychain failed (%1): CardDesk keeps the token for this session only and asks for the password next time.</source>
        <translation>Nyckelringen misslyckades (%1): CardDesk behåller token bara under den här sessionen och frågar efter lösenordet nästa gång.</translation>
    </message>
</context>
<context>
    <name>TransactionModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Handlare</translation>
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
        <translation>Belopp</translation>
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
        <translation>Godkänd</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckad</translation>
    </message>
    <message>
        <source>Verification method</source>
        <translation>Identifieringsmetod</translation>
    </message>
    <message>
        <source>The caller passed this check: record it</source>
        <translation>Den som ringer klarade kontrollen: registrera det</translation>
    </message>
    <message>
        <source>The caller failed this check: record it (it counts for nothing)</source>
        <translation>Den som ringer klarade inte kontrollen: registrera det (det räknas inte)</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Registrera:</translation>
    </message>
    <message>
        <source>no verification</source>
        <translation>ingen identifiering</translation>
    </message>
    <message>
        <source>the caller identifies the card (last four digits, name on the card)</source>
        <translation>den som ringer identifierar kortet (fyra sista siffrorna, namnet på kortet)</translation>
    </message>
    <message>
        <source>strong verification (bank ID or a confirmation in the app)</source>
        <translation>stark identifiering (BankID eller en bekräftelse i appen)</translation>
    </message>
    <message>
        <source>Bank ID (strong)</source>
        <translation>BankID (stark)</translation>
    </message>
    <message>
        <source>Confirmation in the app (strong)</source>
        <translation>Bekräftelse i appen (stark)</translation>
    </message>
    <message>
        <source>Knowledge questions</source>
        <translation>Kontrollfrågor</translation>
    </message>
    <message>
        <source>Caller identified the card</source>
        <translation>Kortet identifierat av den som ringer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Kräver:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The caller has not been verified in this call.</source>
        <translation>Den som ringer har inte identifierats under det här samtalet.</translation>
    </message>
    <message>
        <source>The caller failed %1 at %2.</source>
        <translation>Misslyckad identifiering: %1 %2.</translation>
    </message>
    <message>
        <source>Verified: %1 at %2.</source>
        <translation>Identifierad: %1 %2.</translation>
    </message>
    <message>
        <source>%1 at %2 has expired; verify the caller again.</source>
        <translation>%1 %2 har gått ut; identifiera den som ringer igen.</translation>
    </message>
    <message>
        <source>%1 at %2 is not enough for this.</source>
        <translation>%1 %2 räcker inte för detta.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan inte skapa mappen %1.</translation>
    </message>
    <message>
        <source>Preparing demo data for %1 customers in %2 …</source>
        <translation>Förbereder demodata för %1 kunder i %2 …</translation>
    </message>
    <message>
        <source>  %1% (%2 of %3)</source>
        <translation>  %1 % (%2 av %3)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Kunde inte öppna %1: %2</translation>
    </message>
    <message>
        <source>Refusing to seed: %1 already holds %2 customers. Use an empty --data-dir, or move the file aside first.</source>
        <translation>Skapar inga demokunder: %1 innehåller redan %2 kunder. Använd en tom --data-dir, eller flytta undan filen först.</translation>
    </message>
    <message>
        <source>Seeded %1 customers in %2 s.</source>
        <translation>Skapade %1 kunder på %2 s.</translation>
    </message>
    <message>
        <source>CardDesk: the customer-service console for card issuers.</source>
        <translation>CardDesk: kundtjänstkonsolen för kortutgivare.</translation>
    </message>
    <message>
        <source>Folder of the local database (&lt;dir&gt;/carddesk.sqlite).</source>
        <translation>Mapp för den lokala databasen (&lt;mapp&gt;/carddesk.sqlite).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>mapp</translation>
    </message>
    <message>
        <source>Interface language: fi, sv, nb or en.</source>
        <translation>Gränssnittets språk: fi, sv, nb eller en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>Sign in as this agent (user name).</source>
        <translation>Logga in som den här handläggaren (användarnamn).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>användare</translation>
    </message>
    <message>
        <source>Create a demo database of &lt;n&gt; customers in --data-dir and exit.</source>
        <translation>Skapa en demodatabas med &lt;n&gt; kunder i --data-dir och avsluta.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Number of demo customers for an empty database (default 20000).</source>
        <translation>Antal demokunder för en tom databas (standard 20000).</translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation>Rita fönstret till en PNG-fil och avsluta.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vy</translation>
    </message>
    <message>
        <source>Search to run before capturing.</source>
        <translation>Sökning att köra före bildtagningen.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Window size for the capture (WxH).</source>
        <translation>Fönsterstorlek för bilden (BxH).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>--demo-customers needs a number of 0 or more.</source>
        <translation>--demo-customers kräver ett tal som är 0 eller större.</translation>
    </message>
    <message>
        <source>--seed-demo needs a number of customers above 0.</source>
        <translation>--seed-demo kräver ett antal kunder som är större än 0.</translation>
    </message>
    <message>
        <source>--lang must be one of fi, sv, nb, en.</source>
        <translation>--lang måste vara något av fi, sv, nb, en.</translation>
    </message>
    <message>
        <source>--size must look like 1440x900.</source>
        <translation>--size måste ha formen 1440x900.</translation>
    </message>
    <message>
        <source>Print &quot;ready &lt;ms&gt; rss-kb &lt;kB&gt;&quot; once the window is interactive, then exit (for the start-up benchmark).</source>
        <translation>Skriv ut &quot;ready &lt;ms&gt; rss-kb &lt;kB&gt;&quot; när fönstret är interaktivt och avsluta sedan (för starttidsmätningen).</translation>
    </message>
    <message>
        <source>Screen pop for an incoming call: open the customer with this phone number (handed to a CardDesk already running on the same data).</source>
        <translation>Skärmpopup för ett inkommande samtal: öppna kunden med det här telefonnumret (lämnas över till en CardDesk som redan körs med samma data).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <source>Handed the call to the CardDesk that is already running.</source>
        <translation>Samtalet lämnades över till den CardDesk som redan körs.</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <source>%1 holds no .eml files; nothing was imported.</source>
        <translation>%1 innehåller inga .eml-filer; ingenting importerades.</translation>
    </message>
    <message>
        <source>Imported %1 message(s) from %2 file(s): %3 matched to customers, %4 already there.</source>
        <translation>Importerade %1 meddelande(n) från %2 fil(er): %3 kopplade till kunder, %4 fanns redan.</translation>
    </message>
    <message>
        <source>Import every .eml file in &lt;dir&gt; into the inbox (MIME parsed, card numbers masked, threaded, matched to customers) and exit.</source>
        <translation>Importera alla .eml-filer i &lt;dir&gt; till inkorgen (MIME-tolkning, kortnummer maskeras, trådning, koppling till kunder) och avsluta.</translation>
    </message>
    <message>
        <source>Replaced the demo inbox with about %1 conversations in %2 s.</source>
        <translation>Demoinkorgen ersattes med cirka %1 konversationer på %2 s.</translation>
    </message>
    <message>
        <source>The demo inbox already has about %1 conversations.</source>
        <translation>Demoinkorgen har redan cirka %1 konversationer.</translation>
    </message>
    <message>
        <source>With --seed-demo: about &lt;n&gt; demo conversations of five messages each (default: the density for the scale). On a database that already holds demo customers, replaces their inbox.</source>
        <translation>Med --seed-demo: cirka &lt;n&gt; demokonversationer med i snitt fem meddelanden var (standard: tätheten för storleken). I en databas som redan har demokunderna ersätts deras inkorg.</translation>
    </message>
    <message>
        <source>--demo-conversations needs a number of 0 or more.</source>
        <translation>--demo-conversations behöver ett tal som är 0 eller större.</translation>
    </message>
    <message>
        <source>View to capture: %1.</source>
        <translation>Vy att avbilda: %1.</translation>
    </message>
    <message>
        <source>Remote mode: work against the CardDesk server at &lt;url&gt; (the local database in --data-dir becomes its cache). The password comes from CARDDESK_PASSWORD, else it is asked for.</source>
        <translation>Fjärrläge: arbeta mot CardDesk-servern på &lt;url&gt; (den lokala databasen i --data-dir blir dess cache). Lösenordet tas från CARDDESK_PASSWORD, annars frågas efter det.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Remote mode: also trust the certificate authorities in this PEM file.</source>
        <translation>Fjärrläge: lita även på certifikatutfärdarna i den här PEM-filen.</translation>
    </message>
    <message>
        <source>pem</source>
        <translation>pem</translation>
    </message>
    <message>
        <source>--server needs an http:// or https:// address, such as https://carddesk.example:8443.</source>
        <translation>--server behöver en http://- eller https://-adress, till exempel https://carddesk.example:8443.</translation>
    </message>
    <message>
        <source>--server needs --agent with your user name.</source>
        <translation>--server behöver --agent med ditt användarnamn.</translation>
    </message>
</context>
</TS>
