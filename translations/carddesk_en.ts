<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AccountsPanel</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>This customer has no accounts.</source>
        <translation>This customer has no accounts.</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Minimum due</source>
        <translation>Minimum due</translation>
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
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>%1 (%2), %3. Drop conversations here to reassign them.</source>
        <translation>%1 (%2), %3. Drop conversations here to reassign them.</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Since %1</translation>
    </message>
    <message numerus="yes">
        <source>Average over %n first response(s) today, in SLA time</source>
        <translation>
            <numerusform>Average over %n first response today, in SLA time</numerusform>
            <numerusform>Average over %n first responses today, in SLA time</numerusform>
        </translation>
    </message>
    <message>
        <source>Average first response today (minutes)</source>
        <translation>Average first response today (minutes)</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presence</translation>
    </message>
    <message>
        <source>Open conversations assigned to the agent</source>
        <translation>Open conversations assigned to the agent</translation>
    </message>
    <message>
        <source>Of those, past the SLA deadline that applies now</source>
        <translation>Of those, past the SLA deadline that applies now</translation>
    </message>
    <message>
        <source>Resolved or closed by the agent since midnight</source>
        <translation>Resolved or closed by the agent since midnight</translation>
    </message>
    <message>
        <source>Average time to the first response today, in SLA time</source>
        <translation>Average time to the first response today, in SLA time</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>open conversations</comment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Breached</source>
        <comment>past the SLA deadline</comment>
        <translation>Breached</translation>
    </message>
    <message>
        <source>Handled today</source>
        <translation>Handled today</translation>
    </message>
    <message>
        <source>Avg. first response</source>
        <translation>Avg. first response</translation>
    </message>
</context>
<context>
    <name>AgentPicker</name>
    <message>
        <source>Reassign to Agent</source>
        <translation>Reassign to Agent</translation>
    </message>
    <message numerus="yes">
        <source>Reassign %n conversation(s) to:</source>
        <translation>
            <numerusform>Reassign %n conversation to:</numerusform>
            <numerusform>Reassign %n conversations to:</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a name or a queue</source>
        <translation>Type a name or a queue</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %Ln open</source>
        <comment>agent — presence, open conversations</comment>
        <translation>
            <numerusform>%1 — %2, %Ln open</numerusform>
            <numerusform>%1 — %2, %Ln open</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between queue names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>↑ ↓ to move, Enter to reassign, Esc to cancel</source>
        <translation>↑ ↓ to move, Enter to reassign, Esc to cancel</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Reassign</translation>
    </message>
</context>
<context>
    <name>AgentsPage</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The agents&apos; figures could not be read.</source>
        <translation>The agents&apos; figures could not be read.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln available</source>
        <comment>agents</comment>
        <translation>
            <numerusform>%1 of %Ln available</numerusform>
            <numerusform>%1 of %Ln available</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <comment>conversations</comment>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Open conversations</source>
        <translation>Open conversations</translation>
    </message>
    <message>
        <source>Select an agent to see their open conversations.</source>
        <translation>Select an agent to see their open conversations.</translation>
    </message>
    <message>
        <source>%1 has no open conversations.</source>
        <translation>%1 has no open conversations.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conversation(s)</source>
        <translation>
            <numerusform>%Ln open conversation</numerusform>
            <numerusform>%Ln open conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>These conversations are already %1&apos;s.</source>
        <translation>These conversations are already %1&apos;s.</translation>
    </message>
    <message numerus="yes">
        <source>Reassigning %Ln conversation(s) to %1…</source>
        <translation>
            <numerusform>Reassigning %Ln conversation to %1…</numerusform>
            <numerusform>Reassigning %Ln conversations to %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s) reassigned to %1.</source>
        <translation>
            <numerusform>%Ln conversation reassigned to %1.</numerusform>
            <numerusform>%Ln conversations reassigned to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was reassigned.</source>
        <translation>Nothing was reassigned.</translation>
    </message>
    <message>
        <source>Nothing was returned to the queue.</source>
        <translation>Nothing was returned to the queue.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s) returned to their queue.</source>
        <translation>
            <numerusform>%Ln conversation returned to its queue.</numerusform>
            <numerusform>%Ln conversations returned to their queue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Reassign to Agent…</source>
        <translation>Reassign to Agent…</translation>
    </message>
    <message>
        <source>Return to Queue</source>
        <translation>Return to Queue</translation>
    </message>
    <message>
        <source>Reassign to…</source>
        <translation>Reassign to…</translation>
    </message>
    <message>
        <source>Unassign the selected conversations; they wait in their queue again</source>
        <translation>Unassign the selected conversations; they wait in their queue again</translation>
    </message>
    <message>
        <source>Choose another agent for the selected conversations (%1)</source>
        <translation>Choose another agent for the selected conversations (%1)</translation>
    </message>
    <message>
        <source>Select conversations, then press %1 or drag them onto an agent to reassign them.</source>
        <translation>Select conversations, then press %1 or drag them onto an agent to reassign them.</translation>
    </message>
    <message>
        <source>The agent&apos;s open conversations</source>
        <translation>The agent&apos;s open conversations</translation>
    </message>
</context>
<context>
    <name>AlertEvidencePanel</name>
    <message>
        <source>Amount far above usual</source>
        <translation>Amount far above usual</translation>
    </message>
    <message>
        <source>At night, hours the customer never uses</source>
        <translation>At night, hours the customer never uses</translation>
    </message>
    <message>
        <source>New country while the card was used elsewhere</source>
        <translation>New country while the card was used elsewhere</translation>
    </message>
    <message>
        <source>Rapid series of transactions</source>
        <translation>Rapid series of transactions</translation>
    </message>
    <message>
        <source>Online in a high-risk category</source>
        <translation>Online in a high-risk category</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>fraud alert</comment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Genuine</source>
        <comment>fraud alert</comment>
        <translation>Genuine</translation>
    </message>
    <message>
        <source>Fraud</source>
        <comment>fraud alert</comment>
        <translation>Fraud</translation>
    </message>
    <message>
        <source>Suspicious transactions on %1</source>
        <translation>Suspicious transactions on %1</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>contactless</source>
        <translation>contactless</translation>
    </message>
    <message>
        <source>ATM</source>
        <translation>ATM</translation>
    </message>
    <message>
        <source>chip</source>
        <translation>chip</translation>
    </message>
    <message>
        <source>Closed as genuine by %1, %2.</source>
        <translation>Closed as genuine by %1, %2.</translation>
    </message>
    <message>
        <source>Recorded as fraud by %1, %2.</source>
        <translation>Recorded as fraud by %1, %2.</translation>
    </message>
    <message>
        <source>Genuine transactions</source>
        <translation>Genuine transactions</translation>
    </message>
    <message>
        <source>How did the customer confirm these transactions? The note closes the alert.</source>
        <translation>How did the customer confirm these transactions? The note closes the alert.</translation>
    </message>
    <message>
        <source>Write how the customer confirmed the transactions; the alert stays open.</source>
        <translation>Write how the customer confirmed the transactions; the alert stays open.</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Fraud</translation>
    </message>
    <message>
        <source>The customer does not recognise these transactions. The compromised-card steps start next: lock the card first.

Note (optional):</source>
        <translation>The customer does not recognise these transactions. The compromised-card steps start next: lock the card first.

Note (optional):</translation>
    </message>
    <message>
        <source>Genuine…</source>
        <translation>Genuine…</translation>
    </message>
    <message>
        <source>The customer confirms the transactions: close the alert with a note.</source>
        <translation>The customer confirms the transactions: close the alert with a note.</translation>
    </message>
    <message>
        <source>Fraud…</source>
        <translation>Fraud…</translation>
    </message>
    <message>
        <source>Not the customer: record fraud and start the compromised-card steps.</source>
        <translation>Not the customer: record fraud and start the compromised-card steps.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Merchant</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>How</source>
        <comment>card used: chip, online…</comment>
        <translation>How</translation>
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
        <translation>No conversations in this period</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>per week</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>per day</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90th percentile</translation>
    </message>
    <message>
        <source>% of the SLA target</source>
        <translation>% of the SLA target</translation>
    </message>
    <message>
        <source>SLA target</source>
        <translation>SLA target</translation>
    </message>
    <message>
        <source>%1: %2 %3 (target %4)</source>
        <translation>%1: %2 %3 (target %4)</translation>
    </message>
    <message>
        <source>median</source>
        <translation>median</translation>
    </message>
    <message>
        <source>No satisfaction answers in this period</source>
        <translation>No satisfaction answers in this period</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <source>CSAT, %</source>
        <translation>CSAT, %</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>answers</translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <source>The first day comes after the last. Choose a first day on or before %1.</source>
        <translation>The first day comes after the last. Choose a first day on or before %1.</translation>
    </message>
    <message>
        <source>Choose at most %1 days.</source>
        <translation>Choose at most %1 days.</translation>
    </message>
    <message>
        <source>The figures could not be computed.</source>
        <translation>The figures could not be computed.</translation>
    </message>
    <message>
        <source>%1 a day on average</source>
        <translation>%1 a day on average</translation>
    </message>
    <message>
        <source>%1 within target</source>
        <translation>%1 within target</translation>
    </message>
    <message>
        <source>Target %1 · %2</source>
        <translation>Target %1 · %2</translation>
    </message>
    <message>
        <source>None in this period</source>
        <translation>None in this period</translation>
    </message>
    <message>
        <source>%1 of %2 deadlines</source>
        <translation>%1 of %2 deadlines</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s)</source>
        <translation>
            <numerusform>%Ln answer</numerusform>
            <numerusform>%Ln answers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · average %2</source>
        <translation>%1 · average %2</translation>
    </message>
    <message>
        <source>%1 · %2 answered</source>
        <translation>%1 · %2 answered</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>First response</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>Computing %1…</translation>
    </message>
    <message>
        <source>%1 · computed %2</source>
        <translation>%1 · computed %2</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>Custom dates…</source>
        <translation>Custom dates…</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>Recompute</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation>First response, median</translation>
    </message>
    <message>
        <source>Resolution, median</source>
        <translation>Resolution, median</translation>
    </message>
    <message>
        <source>SLA met, team</source>
        <translation>SLA met, team</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT)</source>
        <translation>Satisfaction (CSAT)</translation>
    </message>
    <message>
        <source>Conversations per channel</source>
        <translation>Conversations per channel</translation>
    </message>
    <message>
        <source>Response and resolution times against the SLA</source>
        <translation>Response and resolution times against the SLA</translation>
    </message>
    <message>
        <source>SLA met per agent</source>
        <translation>SLA met per agent</translation>
    </message>
    <message>
        <source>SLA met per queue</source>
        <translation>SLA met per queue</translation>
    </message>
    <message>
        <source>Topics and card outcomes per week</source>
        <translation>Topics and card outcomes per week</translation>
    </message>
    <message>
        <source>New conversations per topic. A week that rose by half or more over the week before (at least %1) is marked.</source>
        <translation>New conversations per topic. A week that rose by half or more over the week before (at least %1) is marked.</translation>
    </message>
    <message>
        <source>Satisfaction per week</source>
        <translation>Satisfaction per week</translation>
    </message>
    <message>
        <source>Satisfaction per channel</source>
        <translation>Satisfaction per channel</translation>
    </message>
    <message>
        <source>Satisfaction per agent</source>
        <translation>Satisfaction per agent</translation>
    </message>
    <message>
        <source>First response per channel</source>
        <translation>First response per channel</translation>
    </message>
    <message>
        <source>Resolution per channel</source>
        <translation>Resolution per channel</translation>
    </message>
</context>
<context>
    <name>AnalyticsTables</name>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Week starting</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>first response</source>
        <translation>first response</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>First responses</source>
        <translation>First responses</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>resolution</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Resolutions</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Median %1 (minutes)</source>
        <translation>Median %1 (minutes)</translation>
    </message>
    <message>
        <source>90th pct.</source>
        <translation>90th pct.</translation>
    </message>
    <message>
        <source>90th percentile %1 (minutes)</source>
        <translation>90th percentile %1 (minutes)</translation>
    </message>
    <message>
        <source>Nine in ten took no longer than this</source>
        <translation>Nine in ten took no longer than this</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Target %1 (minutes)</source>
        <translation>Target %1 (minutes)</translation>
    </message>
    <message>
        <source>The SLA target for normal priority</source>
        <translation>The SLA target for normal priority</translation>
    </message>
    <message>
        <source>Met</source>
        <comment>within the SLA target</comment>
        <translation>Met</translation>
    </message>
    <message>
        <source>Within target %1 (%)</source>
        <translation>Within target %1 (%)</translation>
    </message>
    <message>
        <source>Within the SLA target</source>
        <translation>Within the SLA target</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA met</translation>
    </message>
    <message>
        <source>SLA met (%)</source>
        <translation>SLA met (%)</translation>
    </message>
    <message>
        <source>First responses and resolutions with a deadline in the period</source>
        <translation>First responses and resolutions with a deadline in the period</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Whole team</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>%1
so far</source>
        <comment>a week not over yet</comment>
        <translation>%1
so far</translation>
    </message>
    <message>
        <source>%1, the week before the period, for the change</source>
        <translation>%1, the week before the period, for the change</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Change
%1</source>
        <comment>change in week 47</comment>
        <translation>Change
%1</translation>
    </message>
    <message>
        <source>Change in %1 over the week before (%)</source>
        <translation>Change in %1 over the week before (%)</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 against %2</translation>
    </message>
    <message>
        <source>Up %1 on the week before (%2 → %3)</source>
        <translation>Up %1 on the week before (%2 → %3)</translation>
    </message>
    <message>
        <source>New this week: %1, none the week before</source>
        <translation>New this week: %1, none the week before</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>Card outcomes</source>
        <translation>Card outcomes</translation>
    </message>
    <message>
        <source>Cards locked</source>
        <translation>Cards locked</translation>
    </message>
    <message>
        <source>Cards replaced</source>
        <translation>Cards replaced</translation>
    </message>
    <message>
        <source>Disputes filed</source>
        <translation>Disputes filed</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CSAT (% answering 4 or 5)</source>
        <translation>CSAT (% answering 4 or 5)</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Average score (1–5)</source>
        <translation>Average score (1–5)</translation>
    </message>
    <message>
        <source>The share of answers that are 4 or 5 out of 5</source>
        <translation>The share of answers that are 4 or 5 out of 5</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The certificate file %1 cannot be read: %2</source>
        <translation>The certificate file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate. Ask IT for the CA certificate of the CardDesk server in PEM form (text starting with -----BEGIN CERTIFICATE-----).</source>
        <translation>The file %1 holds no PEM certificate. Ask IT for the CA certificate of the CardDesk server in PEM form (text starting with -----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>This CardDesk was built without TLS support; %1 cannot be used.</source>
        <translation>This CardDesk was built without TLS support; %1 cannot be used.</translation>
    </message>
</context>
<context>
    <name>ApplicationController</name>
    <message>
        <source>Opening the customer database…</source>
        <translation>Opening the customer database…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>The customer database is not open.</source>
        <translation>The customer database is not open.</translation>
    </message>
    <message>
        <source>Choose a Folder for the Customer Database</source>
        <translation>Choose a Folder for the Customer Database</translation>
    </message>
    <message>
        <source>No folder was chosen. The customer database is still not open.</source>
        <translation>No folder was chosen. The customer database is still not open.</translation>
    </message>
    <message>
        <source>Move the Damaged File Aside</source>
        <translation>Move the Damaged File Aside</translation>
    </message>
    <message>
        <source>Move “%1” aside and start with a new, empty database?</source>
        <translation>Move “%1” aside and start with a new, empty database?</translation>
    </message>
    <message>
        <source>The file is renamed to “%1” and kept in the same folder, so it can still be examined or recovered. Nothing is deleted.</source>
        <translation>The file is renamed to “%1” and kept in the same folder, so it can still be examined or recovered. Nothing is deleted.</translation>
    </message>
    <message>
        <source>Move Aside</source>
        <translation>Move Aside</translation>
    </message>
    <message>
        <source>The damaged file was left where it is. The customer database is still not open.</source>
        <translation>The damaged file was left where it is. The customer database is still not open.</translation>
    </message>
    <message>
        <source>The file could not be renamed. Check that you may write to the folder, or choose another folder.</source>
        <translation>The file could not be renamed. Check that you may write to the folder, or choose another folder.</translation>
    </message>
    <message>
        <source>Preparing demo customers: %1 of %2…</source>
        <translation>Preparing demo customers: %1 of %2…</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Open a customer or a conversation first: the card workflow is for the customer on screen.</source>
        <translation>Open a customer or a conversation first: the card workflow is for the customer on screen.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Sign in again</translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Enter the password of %2 to go on. What you did meanwhile waits on this computer and is sent once you are signed in.</source>
        <translation>Your session on %1 has ended. Enter the password of %2 to go on. What you did meanwhile waits on this computer and is sent once you are signed in.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Signed in again. Waiting work is being sent.</source>
        <translation>Signed in again. Waiting work is being sent.</translation>
    </message>
    <message>
        <source>No password for %1: set CARDDESK_PASSWORD, or start without --screenshot to be asked.</source>
        <translation>No password for %1: set CARDDESK_PASSWORD, or start without --screenshot to be asked.</translation>
    </message>
    <message>
        <source>Sign in to CardDesk</source>
        <translation>Sign in to CardDesk</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>Password of %1 on %2:</translation>
    </message>
    <message>
        <source>Not signed in: CardDesk needs the password of %1 to reach %2.</source>
        <translation>Not signed in: CardDesk needs the password of %1 to reach %2.</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The attachment could not be read.</source>
        <translation>The attachment could not be read.</translation>
    </message>
    <message>
        <source>The attachment folder %1 could not be created.</source>
        <translation>The attachment folder %1 could not be created.</translation>
    </message>
    <message>
        <source>The attachment could not be written: %1</source>
        <translation>The attachment could not be written: %1</translation>
    </message>
    <message>
        <source>The attachment could not be read: %1</source>
        <translation>The attachment could not be read: %1</translation>
    </message>
    <message>
        <source>The attachment is larger than the limit of %1 MB and was not stored.</source>
        <translation>The attachment is larger than the limit of %1 MB and was not stored.</translation>
    </message>
    <message>
        <source>The attachment could not be stored: %1</source>
        <translation>The attachment could not be stored: %1</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>entry %1 is missing</source>
        <translation>entry %1 is missing</translation>
    </message>
    <message>
        <source>entry %1 is out of order</source>
        <translation>entry %1 is out of order</translation>
    </message>
    <message>
        <source>entry %1 does not continue the chain</source>
        <translation>entry %1 does not continue the chain</translation>
    </message>
    <message>
        <source>entry %1 does not link to entry %2: one of them was altered</source>
        <translation>entry %1 does not link to entry %2: one of them was altered</translation>
    </message>
    <message>
        <source>entry %1 was altered</source>
        <translation>entry %1 was altered</translation>
    </message>
</context>
<context>
    <name>AuditEntryDetails</name>
    <message>
        <source>Entry %1 · %2</source>
        <translation>Entry %1 · %2</translation>
    </message>
    <message>
        <source>Chain check: %1</source>
        <translation>Chain check: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>display name (user name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation>Previous hash</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Select an entry to see everything it records: the details as written, and the hashes that chain it to the entry before.</source>
        <translation>Select an entry to see everything it records: the details as written, and the hashes that chain it to the entry before.</translation>
    </message>
</context>
<context>
    <name>AuditEntryModel</name>
    <message>
        <source>The chain check found this entry broken.</source>
        <translation>The chain check found this entry broken.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <source>All agents</source>
        <translation>All agents</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>display name (user name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>A&amp;gent</translation>
    </message>
    <message>
        <source>C&amp;ustomer number</source>
        <translation>C&amp;ustomer number</translation>
    </message>
    <message>
        <source>Ca&amp;rd</source>
        <translation>Ca&amp;rd</translation>
    </message>
    <message>
        <source>Ac&amp;tion</source>
        <translation>Ac&amp;tion</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <comment>last day of a date range</comment>
        <translation>T&amp;o</translation>
    </message>
    <message>
        <source>e.g. 100000042</source>
        <translation>e.g. 100000042</translation>
    </message>
    <message>
        <source>Last four or #id</source>
        <translation>Last four or #id</translation>
    </message>
    <message>
        <source>The card&apos;s last four digits (1234), or its id (#45). Never a full card number.</source>
        <translation>The card&apos;s last four digits (1234), or its id (#45). Never a full card number.</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Any day</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Card locked</source>
        <translation>Card locked</translation>
    </message>
    <message>
        <source>Card unlocked</source>
        <translation>Card unlocked</translation>
    </message>
    <message>
        <source>Card closed</source>
        <translation>Card closed</translation>
    </message>
    <message>
        <source>Card activated</source>
        <translation>Card activated</translation>
    </message>
    <message>
        <source>Card controls changed</source>
        <translation>Card controls changed</translation>
    </message>
    <message>
        <source>Spending limits changed</source>
        <translation>Spending limits changed</translation>
    </message>
    <message>
        <source>Replacement card ordered</source>
        <translation>Replacement card ordered</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>PIN reset</translation>
    </message>
    <message>
        <source>Card reported not received</source>
        <translation>Card reported not received</translation>
    </message>
    <message>
        <source>Identity verification recorded</source>
        <translation>Identity verification recorded</translation>
    </message>
    <message>
        <source>Contact details changed</source>
        <translation>Contact details changed</translation>
    </message>
    <message>
        <source>National ID revealed</source>
        <translation>National ID revealed</translation>
    </message>
    <message>
        <source>Reply sent</source>
        <translation>Reply sent</translation>
    </message>
    <message>
        <source>Internal note added</source>
        <translation>Internal note added</translation>
    </message>
    <message>
        <source>Conversations assigned</source>
        <translation>Conversations assigned</translation>
    </message>
    <message>
        <source>Conversation status changed</source>
        <translation>Conversation status changed</translation>
    </message>
    <message>
        <source>Conversation priority changed</source>
        <translation>Conversation priority changed</translation>
    </message>
    <message>
        <source>Topics added</source>
        <translation>Topics added</translation>
    </message>
    <message>
        <source>Call logged</source>
        <translation>Call logged</translation>
    </message>
    <message>
        <source>Email imported</source>
        <translation>Email imported</translation>
    </message>
    <message>
        <source>All card actions</source>
        <translation>All card actions</translation>
    </message>
    <message>
        <source>All customer actions</source>
        <translation>All customer actions</translation>
    </message>
    <message>
        <source>All conversation actions</source>
        <translation>All conversation actions</translation>
    </message>
    <message>
        <source>All sign-ins</source>
        <translation>All sign-ins</translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation>Customer #%1</translation>
    </message>
    <message>
        <source>Card #%1</source>
        <translation>Card #%1</translation>
    </message>
    <message>
        <source>Card #%1 %2</source>
        <translation>Card #%1 %2</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>Conversation %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln conversation</numerusform>
            <numerusform>%Ln conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>Incoming email</source>
        <translation>Incoming email</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>state before → after</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>passed</source>
        <comment>verification</comment>
        <translation>passed</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>verification</comment>
        <translation>failed</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s)</source>
        <translation>
            <numerusform>%Ln field</numerusform>
            <numerusform>%Ln fields</numerusform>
        </translation>
    </message>
    <message>
        <source>altered after it was written</source>
        <translation>altered after it was written</translation>
    </message>
    <message>
        <source>an entry before it is missing</source>
        <translation>an entry before it is missing</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>out of order</translation>
    </message>
    <message>
        <source>does not link to the entry before it</source>
        <translation>does not link to the entry before it</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>entry %1 before this one is missing</source>
        <translation>entry %1 before this one is missing</translation>
    </message>
    <message>
        <source>Checking the chain…</source>
        <translation>Checking the chain…</translation>
    </message>
    <message numerus="yes">
        <source>The chain check was stopped after %Ln entries; nothing wrong was found in them.</source>
        <translation>
            <numerusform>The chain check was stopped after %Ln entry; nothing wrong was found in it.</numerusform>
            <numerusform>The chain check was stopped after %Ln entries; nothing wrong was found in them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Entry %1</source>
        <translation>Show Entry %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>No entries match these filters.</translation>
    </message>
    <message>
        <source>Showing the newest %1 matching entries. Narrow the filters to reach older ones.</source>
        <translation>Showing the newest %1 matching entries. Narrow the filters to reach older ones.</translation>
    </message>
    <message>
        <source>%1 entries shown, newest first; more load as you scroll.</source>
        <translation>%1 entries shown, newest first; more load as you scroll.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching entries, newest first.</source>
        <translation>
            <numerusform>%Ln matching entry, newest first.</numerusform>
            <numerusform>%Ln matching entries, newest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing entry %1 and older.</source>
        <translation>Showing entry %1 and older.</translation>
    </message>
    <message>
        <source>Audit Log — CardDesk</source>
        <translation>Audit Log — CardDesk</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Every card action, identity reveal, change and sign-in, chained by SHA-256 so that an edited or removed entry shows.</source>
        <translation>Every card action, identity reveal, change and sign-in, chained by SHA-256 so that an edited or removed entry shows.</translation>
    </message>
    <message>
        <source>Check Chain</source>
        <translation>Check Chain</translation>
    </message>
    <message>
        <source>Verify every entry&apos;s hash and link, from the first entry to the last</source>
        <translation>Verify every entry&apos;s hash and link, from the first entry to the last</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Show newest</source>
        <translation>Show newest</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Audit entries</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Entry details</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Agent name</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>Action code</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries saved to %1.</source>
        <translation>
            <numerusform>%Ln entry saved to %1.</numerusform>
            <numerusform>%Ln entries saved to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>These are the entries loaded so far; scroll further or narrow the filters to include older ones.</source>
        <translation>These are the entries loaded so far; scroll further or narrow the filters to include older ones.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV file</source>
        <translation>Save the entries shown as a CSV file</translation>
    </message>
</context>
<context>
    <name>BulkActionBar</name>
    <message numerus="yes">
        <source>%n selected</source>
        <comment>conversations</comment>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign to Me</source>
        <translation>Assign to Me</translation>
    </message>
    <message>
        <source>Assign To</source>
        <translation>Assign To</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Add Topic</source>
        <translation>Add Topic</translation>
    </message>
    <message>
        <source>Agent…</source>
        <translation>Agent…</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Queue: %1</translation>
    </message>
</context>
<context>
    <name>CardActionDialog</name>
    <message>
        <source>The customer wants a pause</source>
        <translation>The customer wants a pause</translation>
    </message>
    <message>
        <source>Misplaced; it may turn up</source>
        <translation>Misplaced; it may turn up</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Stolen</source>
        <translation>Stolen</translation>
    </message>
    <message>
        <source>Suspected fraud</source>
        <translation>Suspected fraud</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Lock the card %1</source>
        <translation>Lock the card %1</translation>
    </message>
    <message>
        <source>A temporary lock: the card declines every payment until it is unlocked. The customer keeps the card and its number. If it is surely lost or stolen, use &quot;Lost, stolen or damaged…&quot; instead: it locks, reviews the spending and orders a new card in one go.</source>
        <translation>A temporary lock: the card declines every payment until it is unlocked. The customer keeps the card and its number. If it is surely lost or stolen, use &quot;Lost, stolen or damaged…&quot; instead: it locks, reviews the spending and orders a new card in one go.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Optional: what the customer said</source>
        <translation>Optional: what the customer said</translation>
    </message>
    <message>
        <source>Lock card</source>
        <translation>Lock card</translation>
    </message>
    <message>
        <source>Unlock the card %1</source>
        <translation>Unlock the card %1</translation>
    </message>
    <message>
        <source>The card works again at once, for everything its controls allow.</source>
        <translation>The card works again at once, for everything its controls allow.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <source>Required: for example, the customer found the card</source>
        <translation>Required: for example, the customer found the card</translation>
    </message>
    <message>
        <source>Unlock card</source>
        <translation>Unlock card</translation>
    </message>
    <message>
        <source>Activate the card %1</source>
        <translation>Activate the card %1</translation>
    </message>
    <message>
        <source>Activate a card only while the customer holds it: ask them to read the last four digits from the card in their hand. A replacement for a damaged or expired card closes the old card now.</source>
        <translation>Activate a card only while the customer holds it: ask them to read the last four digits from the card in their hand. A replacement for a damaged or expired card closes the old card now.</translation>
    </message>
    <message>
        <source>The customer confirms the card %1 is in their hands</source>
        <translation>The customer confirms the card %1 is in their hands</translation>
    </message>
    <message>
        <source>Activate card</source>
        <translation>Activate card</translation>
    </message>
    <message>
        <source>New PIN for the card %1</source>
        <translation>New PIN for the card %1</translation>
    </message>
    <message>
        <source>The card gets a new PIN; the old one stops working when the new one is delivered.</source>
        <translation>The card gets a new PIN; the old one stops working when the new one is delivered.</translation>
    </message>
    <message>
        <source>PIN letter to the registered address</source>
        <translation>PIN letter to the registered address</translation>
    </message>
    <message>
        <source>Show the new PIN in the customer&apos;s app</source>
        <translation>Show the new PIN in the customer&apos;s app</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Reset PIN</translation>
    </message>
    <message>
        <source>Card %1 not received</source>
        <translation>Card %1 not received</translation>
    </message>
    <message>
        <source>The card is closed now, as it may be in someone else&apos;s hands, and the address it was sent to is flagged. Then confirm the address with the customer and order a new card.</source>
        <translation>The card is closed now, as it may be in someone else&apos;s hands, and the address it was sent to is flagged. Then confirm the address with the customer and order a new card.</translation>
    </message>
    <message>
        <source>Close card and flag address</source>
        <translation>Close card and flag address</translation>
    </message>
    <message>
        <source>Confirm the customer&apos;s address</source>
        <translation>Confirm the customer&apos;s address</translation>
    </message>
    <message>
        <source>The address is flagged: %1. Clear the flag only after the customer has confirmed their registered address; new cards and PIN letters go there again.</source>
        <translation>The address is flagged: %1. Clear the flag only after the customer has confirmed their registered address; new cards and PIN letters go there again.</translation>
    </message>
    <message>
        <source>The customer has confirmed the registered address</source>
        <translation>The customer has confirmed the registered address</translation>
    </message>
    <message>
        <source>Optional: for example, the name was missing from the mailbox</source>
        <translation>Optional: for example, the name was missing from the mailbox</translation>
    </message>
    <message>
        <source>Clear the flag</source>
        <translation>Clear the flag</translation>
    </message>
    <message>
        <source>Write why the card is unlocked, for example &quot;the customer found it&quot;.</source>
        <translation>Write why the card is unlocked, for example &quot;the customer found it&quot;.</translation>
    </message>
    <message>
        <source>A new card for %1</source>
        <translation>A new card for %1</translation>
    </message>
    <message>
        <source>The card %1 is closed. The new card gets a new number and the same controls and limits; it goes to the registered address. Confirm the address with the customer first.</source>
        <translation>The card %1 is closed. The new card gets a new number and the same controls and limits; it goes to the registered address. Confirm the address with the customer first.</translation>
    </message>
    <message>
        <source>The card %1 is closed. The new card keeps the number, controls and limits; it goes to the registered address. Confirm the address with the customer first.</source>
        <translation>The card %1 is closed. The new card keeps the number, controls and limits; it goes to the registered address. Confirm the address with the customer first.</translation>
    </message>
    <message>
        <source>By post (5 business days)</source>
        <translation>By post (5 business days)</translation>
    </message>
    <message>
        <source>By courier, expedited (2 business days)</source>
        <translation>By courier, expedited (2 business days)</translation>
    </message>
    <message>
        <source>Keep the current PIN</source>
        <translation>Keep the current PIN</translation>
    </message>
    <message>
        <source>New PIN, sent by letter separately</source>
        <translation>New PIN, sent by letter separately</translation>
    </message>
    <message>
        <source>Order the new card</source>
        <translation>Order the new card</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CardSettingsDialog</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Merchant</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Declined by</source>
        <translation>Declined by</translation>
    </message>
    <message>
        <source>Transactions these settings would have declined</source>
        <translation>Transactions these settings would have declined</translation>
    </message>
    <message>
        <source>What they would have declined in the last %1 days</source>
        <translation>What they would have declined in the last %1 days</translation>
    </message>
    <message>
        <source>Loading the card&apos;s current settings…</source>
        <translation>Loading the card&apos;s current settings…</translation>
    </message>
    <message>
        <source>Checking the last %1 days…</source>
        <translation>Checking the last %1 days…</translation>
    </message>
    <message>
        <source>The last %1 days could not be checked: %2</source>
        <translation>The last %1 days could not be checked: %2</translation>
    </message>
    <message numerus="yes">
        <source>These settings would not have declined any of the %n purchase(s) in the last %1 days.</source>
        <translation>
            <numerusform>These settings would not have declined the %n purchase in the last %1 days.</numerusform>
            <numerusform>These settings would not have declined any of the %n purchases in the last %1 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These settings would have declined %1 of %n purchase(s) in the last %2 days.</source>
        <translation>
            <numerusform>These settings would have declined %1 of %n purchase in the last %2 days.</numerusform>
            <numerusform>These settings would have declined %1 of %n purchases in the last %2 days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed yet</source>
        <translation>Nothing changed yet</translation>
    </message>
    <message>
        <source>Wait for the preview of what these settings would have declined</source>
        <translation>Wait for the preview of what these settings would have declined</translation>
    </message>
</context>
<context>
    <name>CardsPanel</name>
    <message>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>This customer has no cards.</source>
        <translation>This customer has no cards.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>card status · reason</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Expires %1</translation>
    </message>
    <message>
        <source>Replaces %1</source>
        <translation>Replaces %1</translation>
    </message>
    <message>
        <source>Replacement card</source>
        <translation>Replacement card</translation>
    </message>
    <message>
        <source>Replaced by %1</source>
        <translation>Replaced by %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>Abroad</translation>
    </message>
    <message>
        <source>Contactless</source>
        <translation>Contactless</translation>
    </message>
    <message>
        <source>ATM</source>
        <translation>ATM</translation>
    </message>
    <message>
        <source>Caller not verified</source>
        <translation>Caller not verified</translation>
    </message>
    <message>
        <source>Caller failed verification</source>
        <translation>Caller failed verification</translation>
    </message>
    <message>
        <source>Caller strongly verified</source>
        <translation>Caller strongly verified</translation>
    </message>
    <message>
        <source>Caller identified the card</source>
        <translation>Caller identified the card</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2; valid for %n minute(s) in this call</source>
        <translation>
            <numerusform>%1 at %2; valid for %n minute in this call</numerusform>
            <numerusform>%1 at %2; valid for %n minutes in this call</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the caller&apos;s verification in any card action.</source>
        <translation>Record the caller&apos;s verification in any card action.</translation>
    </message>
    <message>
        <source>Address flagged</source>
        <translation>Address flagged</translation>
    </message>
    <message>
        <source>%1. Confirm the registered address with the customer before a new card or a PIN letter goes there.</source>
        <translation>%1. Confirm the registered address with the customer before a new card or a PIN letter goes there.</translation>
    </message>
    <message>
        <source>Address confirmed…</source>
        <translation>Address confirmed…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions for the card %1</source>
        <translation>Actions for the card %1</translation>
    </message>
    <message>
        <source>Needs %1</source>
        <translation>Needs %1</translation>
    </message>
    <message>
        <source>Lock…</source>
        <translation>Lock…</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <source>Activate…</source>
        <translation>Activate…</translation>
    </message>
    <message>
        <source>New PIN…</source>
        <translation>New PIN…</translation>
    </message>
    <message>
        <source>Card not received…</source>
        <translation>Card not received…</translation>
    </message>
    <message>
        <source>Controls…</source>
        <translation>Controls…</translation>
    </message>
    <message>
        <source>Limits…</source>
        <translation>Limits…</translation>
    </message>
    <message>
        <source>Lost, stolen or damaged…</source>
        <translation>Lost, stolen or damaged…</translation>
    </message>
    <message>
        <source>by post to the registered address</source>
        <translation>by post to the registered address</translation>
    </message>
    <message>
        <source>to a pickup point</source>
        <translation>to a pickup point</translation>
    </message>
    <message>
        <source>to the pickup point %1</source>
        <translation>to the pickup point %1</translation>
    </message>
    <message>
        <source>by courier (expedited) to the registered address</source>
        <translation>by courier (expedited) to the registered address</translation>
    </message>
    <message>
        <source>Ordered %1, %2; leaves %3, arrives about %4</source>
        <translation>Ordered %1, %2; leaves %3, arrives about %4</translation>
    </message>
    <message>
        <source>On its way %1 (ordered %2); arrives about %3</source>
        <translation>On its way %1 (ordered %2); arrives about %3</translation>
    </message>
    <message>
        <source>At the pickup point since %1 (ordered %2); activate it once the customer has it</source>
        <translation>At the pickup point since %1 (ordered %2); activate it once the customer has it</translation>
    </message>
    <message>
        <source>At the pickup point (ordered %1); activate it once the customer has it</source>
        <translation>At the pickup point (ordered %1); activate it once the customer has it</translation>
    </message>
    <message>
        <source>Delivered %1 %2 (ordered %3); activate it once the customer has it</source>
        <translation>Delivered %1 %2 (ordered %3); activate it once the customer has it</translation>
    </message>
    <message>
        <source>Delivered %1 (ordered %2); activate it once the customer has it</source>
        <translation>Delivered %1 (ordered %2); activate it once the customer has it</translation>
    </message>
    <message>
        <source>Order a new card…</source>
        <translation>Order a new card…</translation>
    </message>
    <message>
        <source>Lock requested, not yet in effect — if the link stays down, ask the customer to lock the card in the app or call the card hotline.</source>
        <translation>Lock requested, not yet in effect — if the link stays down, ask the customer to lock the card in the app or call the card hotline.</translation>
    </message>
    <message>
        <source>Closing requested, not yet in effect — if the link stays down, call the card hotline to block the card.</source>
        <translation>Closing requested, not yet in effect — if the link stays down, call the card hotline to block the card.</translation>
    </message>
    <message>
        <source>Unlock requested, not yet in effect — the card stays locked until the server confirms it.</source>
        <translation>Unlock requested, not yet in effect — the card stays locked until the server confirms it.</translation>
    </message>
    <message>
        <source>Change requested, not yet in effect — it is sent when the link to the server is back.</source>
        <translation>Change requested, not yet in effect — it is sent when the link to the server is back.</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Inbox Actions</source>
        <translation>Inbox Actions</translation>
    </message>
    <message>
        <source>Type an action…</source>
        <translation>Type an action…</translation>
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
        <translation>The change could not be saved, and nothing was changed. Try again; if it keeps failing, tell your supervisor.</translation>
    </message>
</context>
<context>
    <name>CommandRoute</name>
    <message>
        <source>The command %1 names several conversations; it is sent one conversation at a time (split it first).</source>
        <translation>The command %1 names several conversations; it is sent one conversation at a time (split it first).</translation>
    </message>
    <message>
        <source>The dispute does not name its transaction (subject %1).</source>
        <translation>The dispute does not name its transaction (subject %1).</translation>
    </message>
    <message>
        <source>The command %1 is not sent to the server: in remote mode the server does this itself.</source>
        <translation>The command %1 is not sent to the server: in remote mode the server does this itself.</translation>
    </message>
    <message>
        <source>CardDesk does not know how to send a command of type %1 to the server.</source>
        <translation>CardDesk does not know how to send a command of type %1 to the server.</translation>
    </message>
    <message>
        <source>The command %1 has the subject %2; it needs a %3.</source>
        <translation>The command %1 has the subject %2; it needs a %3.</translation>
    </message>
    <message>
        <source>The command %1 cannot be sent: the request needs the %2, which neither the command nor the cache gave.</source>
        <translation>The command %1 cannot be sent: the request needs the %2, which neither the command nor the cache gave.</translation>
    </message>
    <message>
        <source>The command %1 cannot be sent: it does not say which version it changes (expectedVersion).</source>
        <translation>The command %1 cannot be sent: it does not say which version it changes (expectedVersion).</translation>
    </message>
    <message>
        <source>The command %1 cannot be sent: it needs the version of %2 the agent saw.</source>
        <translation>The command %1 cannot be sent: it needs the version of %2 the agent saw.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Fill in before sending: %1</source>
        <translation>Fill in before sending: %1</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Write the note first.</translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation>Write the reply first.</translation>
    </message>
    <message>
        <source>Card Number in the Text</source>
        <translation>Card Number in the Text</translation>
    </message>
    <message>
        <source>This note contains a card number. Card numbers are never stored in full.</source>
        <translation>This note contains a card number. Card numbers are never stored in full.</translation>
    </message>
    <message>
        <source>This reply contains a card number. Card numbers are never sent or stored in full.</source>
        <translation>This reply contains a card number. Card numbers are never sent or stored in full.</translation>
    </message>
    <message>
        <source>Mask it to the first six and last four digits and send, or go back and edit the text.</source>
        <translation>Mask it to the first six and last four digits and send, or go back and edit the text.</translation>
    </message>
    <message>
        <source>Mask It and Send</source>
        <translation>Mask It and Send</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Reply to the customer by %1 (R)</source>
        <translation>Reply to the customer by %1 (R)</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <source>A note only agents see (N)</source>
        <translation>A note only agents see (N)</translation>
    </message>
    <message>
        <source>Macros</source>
        <translation>Macros</translation>
    </message>
    <message>
        <source>Insert a macro (Ctrl+M, or / at the start of a line)</source>
        <translation>Insert a macro (Ctrl+M, or / at the start of a line)</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Add Note</translation>
    </message>
    <message>
        <source>Send Reply</source>
        <translation>Send Reply</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Internal note — only agents see this.</source>
        <translation>Internal note — only agents see this.</translation>
    </message>
    <message>
        <source>Phone conversations are answered by phone: Ctrl+L logs a call. Notes are never shown to the customer.</source>
        <translation>Phone conversations are answered by phone: Ctrl+L logs a call. Notes are never shown to the customer.</translation>
    </message>
    <message>
        <source>Never shown to the customer. Ctrl+Enter adds the note.</source>
        <translation>Never shown to the customer. Ctrl+Enter adds the note.</translation>
    </message>
    <message>
        <source>Write a reply, or type / for a macro…</source>
        <translation>Write a reply, or type / for a macro…</translation>
    </message>
    <message>
        <source>Goes to the customer by %1. Macros in %2. Ctrl+Enter sends.</source>
        <translation>Goes to the customer by %1. Macros in %2. Ctrl+Enter sends.</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Offline since %1</source>
        <translation>Offline since %1</translation>
    </message>
    <message numerus="yes">
        <source>Offline since %1 · %n change(s) not yet sent</source>
        <translation>
            <numerusform>Offline since %1 · %n change not yet sent</numerusform>
            <numerusform>Offline since %1 · %n changes not yet sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 sent</source>
        <translation>Syncing: %1 of %2 sent</translation>
    </message>
    <message numerus="yes">
        <source>Online · sign in again to send %n change(s)</source>
        <translation>
            <numerusform>Online · sign in again to send %n change</numerusform>
            <numerusform>Online · sign in again to send %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Online · %n change(s) waiting to be sent</source>
        <translation>
            <numerusform>Online · %n change waiting to be sent</numerusform>
            <numerusform>Online · %n changes waiting to be sent</numerusform>
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
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Street address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>For example +358 40 123 4567</source>
        <translation>For example +358 40 123 4567</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ContactDetailsPanel</name>
    <message>
        <source>Contact details saved.</source>
        <translation>Contact details saved.</translation>
    </message>
    <message>
        <source>Some details need correcting. See the messages next to the fields.</source>
        <translation>Some details need correcting. See the messages next to the fields.</translation>
    </message>
    <message>
        <source>The customer was changed by someone else while you were editing. Reload to see the current details, then make your change again.</source>
        <translation>The customer was changed by someone else while you were editing. Reload to see the current details, then make your change again.</translation>
    </message>
    <message>
        <source>The change could not be saved. Nothing was changed; try again.</source>
        <translation>The change could not be saved. Nothing was changed; try again.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Marketing: %1  ·  SMS: %2</source>
        <translation>Marketing: %1  ·  SMS: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Change phone, email, address or language</source>
        <translation>Change phone, email, address or language</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>IDENTITY</source>
        <translation>IDENTITY</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
</context>
<context>
    <name>ContactValidator</name>
    <message>
        <source>Enter the part before the @ sign too, for example name@example.com.</source>
        <translation>Enter the part before the @ sign too, for example name@example.com.</translation>
    </message>
    <message>
        <source>The part before the @ sign is too long. It can have at most 64 characters.</source>
        <translation>The part before the @ sign is too long. It can have at most 64 characters.</translation>
    </message>
    <message>
        <source>The part before the @ sign cannot start or end with a dot or have two dots in a row. Check the address with the customer.</source>
        <translation>The part before the @ sign cannot start or end with a dot or have two dots in a row. Check the address with the customer.</translation>
    </message>
    <message>
        <source>Enter the domain after the @ sign with at least one dot, for example name@example.com.</source>
        <translation>Enter the domain after the @ sign with at least one dot, for example name@example.com.</translation>
    </message>
    <message>
        <source>The domain after the @ sign cannot start or end with a dot or have two dots in a row. Check the address with the customer.</source>
        <translation>The domain after the @ sign cannot start or end with a dot or have two dots in a row. Check the address with the customer.</translation>
    </message>
    <message>
        <source>A part of the domain after the @ sign cannot start or end with a hyphen. Check the address with the customer.</source>
        <translation>A part of the domain after the @ sign cannot start or end with a hyphen. Check the address with the customer.</translation>
    </message>
    <message>
        <source>The domain after the @ sign can contain only letters, digits, hyphens and dots. Check the address with the customer.</source>
        <translation>The domain after the @ sign can contain only letters, digits, hyphens and dots. Check the address with the customer.</translation>
    </message>
    <message>
        <source>The domain after the @ sign must end in a name such as .fi or .com. Check the address with the customer.</source>
        <translation>The domain after the @ sign must end in a name such as .fi or .com. Check the address with the customer.</translation>
    </message>
    <message>
        <source>The domain after the @ sign is not a valid internet domain. Check the address with the customer.</source>
        <translation>The domain after the @ sign is not a valid internet domain. Check the address with the customer.</translation>
    </message>
    <message>
        <source>Enter an email address, for example name@example.com.</source>
        <translation>Enter an email address, for example name@example.com.</translation>
    </message>
    <message>
        <source>The email address is too long. An address can have at most 254 characters.</source>
        <translation>The email address is too long. An address can have at most 254 characters.</translation>
    </message>
    <message>
        <source>The email address contains invisible control characters. Type the address again instead of pasting it.</source>
        <translation>The email address contains invisible control characters. Type the address again instead of pasting it.</translation>
    </message>
    <message>
        <source>An email address cannot contain spaces. Remove the spaces and try again.</source>
        <translation>An email address cannot contain spaces. Remove the spaces and try again.</translation>
    </message>
    <message>
        <source>An email address needs an @ sign, for example name@example.com.</source>
        <translation>An email address needs an @ sign, for example name@example.com.</translation>
    </message>
    <message>
        <source>An email address can have only one @ sign. Check the address with the customer.</source>
        <translation>An email address can have only one @ sign. Check the address with the customer.</translation>
    </message>
    <message>
        <source>The email address contains a character that cannot be used in an address, such as a comma, a bracket or a quotation mark. Remove it and try again.</source>
        <translation>The email address contains a character that cannot be used in an address, such as a comma, a bracket or a quotation mark. Remove it and try again.</translation>
    </message>
    <message>
        <source>Enter a phone number, for example 040 123 4567 or +358 40 123 4567.</source>
        <translation>Enter a phone number, for example 040 123 4567 or +358 40 123 4567.</translation>
    </message>
    <message>
        <source>Enter a phone number, for example 070 123 45 67 or +46 70 123 45 67.</source>
        <translation>Enter a phone number, for example 070 123 45 67 or +46 70 123 45 67.</translation>
    </message>
    <message>
        <source>Enter a phone number, for example 412 34 567 or +47 412 34 567.</source>
        <translation>Enter a phone number, for example 412 34 567 or +47 412 34 567.</translation>
    </message>
    <message>
        <source>Enter a phone number with its country code, for example +358 40 123 4567.</source>
        <translation>Enter a phone number with its country code, for example +358 40 123 4567.</translation>
    </message>
    <message>
        <source>A phone number can contain only digits, spaces and the characters + - ( ) . / and needs at least five digits. Check the number and try again.</source>
        <translation>A phone number can contain only digits, spaces and the characters + - ( ) . / and needs at least five digits. Check the number and try again.</translation>
    </message>
    <message>
        <source>This is not a valid Finnish phone number. Check the digits, or enter a foreign number with its country code, for example +46 70 123 45 67.</source>
        <translation>This is not a valid Finnish phone number. Check the digits, or enter a foreign number with its country code, for example +46 70 123 45 67.</translation>
    </message>
    <message>
        <source>This is not a valid Swedish phone number. Check the digits, or enter a foreign number with its country code, for example +358 40 123 4567.</source>
        <translation>This is not a valid Swedish phone number. Check the digits, or enter a foreign number with its country code, for example +358 40 123 4567.</translation>
    </message>
    <message>
        <source>This is not a valid Norwegian phone number. Check the digits, or enter a foreign number with its country code, for example +358 40 123 4567.</source>
        <translation>This is not a valid Norwegian phone number. Check the digits, or enter a foreign number with its country code, for example +358 40 123 4567.</translation>
    </message>
    <message>
        <source>This is not a valid phone number. Enter it with its country code, for example +358 40 123 4567.</source>
        <translation>This is not a valid phone number. Enter it with its country code, for example +358 40 123 4567.</translation>
    </message>
    <message>
        <source>Enter a Finnish postcode of five digits, for example 00100.</source>
        <translation>Enter a Finnish postcode of five digits, for example 00100.</translation>
    </message>
    <message>
        <source>Enter a Swedish postcode of five digits, for example 113 51 or 11351. Swedish postcodes do not start with 0.</source>
        <translation>Enter a Swedish postcode of five digits, for example 113 51 or 11351. Swedish postcodes do not start with 0.</translation>
    </message>
    <message>
        <source>Enter a Norwegian postcode of four digits, for example 0150.</source>
        <translation>Enter a Norwegian postcode of four digits, for example 0150.</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s country (Finland, Sweden or Norway) before entering the postcode.</source>
        <translation>Choose the customer&apos;s country (Finland, Sweden or Norway) before entering the postcode.</translation>
    </message>
    <message>
        <source>Enter the street address, for example Mannerheimintie 12 B 7.</source>
        <translation>Enter the street address, for example Mannerheimintie 12 B 7.</translation>
    </message>
    <message>
        <source>The street address is too long. Shorten it to at most 100 characters.</source>
        <translation>The street address is too long. Shorten it to at most 100 characters.</translation>
    </message>
    <message>
        <source>The street address contains invisible control characters. Type it again instead of pasting it.</source>
        <translation>The street address contains invisible control characters. Type it again instead of pasting it.</translation>
    </message>
    <message>
        <source>The street address must contain the name of the street, for example Storgatan 5.</source>
        <translation>The street address must contain the name of the street, for example Storgatan 5.</translation>
    </message>
    <message>
        <source>Enter the city or town, for example Helsinki.</source>
        <translation>Enter the city or town, for example Helsinki.</translation>
    </message>
    <message>
        <source>The city name is too long. Shorten it to at most 100 characters.</source>
        <translation>The city name is too long. Shorten it to at most 100 characters.</translation>
    </message>
    <message>
        <source>The city name contains invisible control characters. Type it again instead of pasting it.</source>
        <translation>The city name contains invisible control characters. Type it again instead of pasting it.</translation>
    </message>
    <message>
        <source>The city name must contain letters, for example Tromsø. Enter the postcode in its own field.</source>
        <translation>The city name must contain letters, for example Tromsø. Enter the postcode in its own field.</translation>
    </message>
</context>
<context>
    <name>ControlsDialog</name>
    <message>
        <source>Online purchases (card not present)</source>
        <translation>Online purchases (card not present)</translation>
    </message>
    <message>
        <source>Purchases abroad</source>
        <translation>Purchases abroad</translation>
    </message>
    <message>
        <source>Contactless payments</source>
        <translation>Contactless payments</translation>
    </message>
    <message>
        <source>ATM withdrawals</source>
        <translation>ATM withdrawals</translation>
    </message>
    <message>
        <source>Card controls of %1</source>
        <translation>Card controls of %1</translation>
    </message>
    <message>
        <source>What the card may be used for. Switching one off takes effect at once; switching one on needs strong verification.</source>
        <translation>What the card may be used for. Switching one off takes effect at once; switching one on needs strong verification.</translation>
    </message>
    <message>
        <source>Save controls</source>
        <translation>Save controls</translation>
    </message>
    <message>
        <source>Online off</source>
        <translation>Online off</translation>
    </message>
    <message>
        <source>Abroad off</source>
        <translation>Abroad off</translation>
    </message>
    <message>
        <source>Contactless off</source>
        <translation>Contactless off</translation>
    </message>
    <message>
        <source>ATM off</source>
        <translation>ATM off</translation>
    </message>
</context>
<context>
    <name>ConversationContextPanel</name>
    <message>
        <source>Open Customer</source>
        <translation>Open Customer</translation>
    </message>
    <message>
        <source>Open the full customer in Customers (Ctrl+Shift+C)</source>
        <translation>Open the full customer in Customers (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>The customer is shown here.</source>
        <translation>The customer is shown here.</translation>
    </message>
    <message>
        <source>Loading the customer…</source>
        <translation>Loading the customer…</translation>
    </message>
    <message>
        <source>Not matched to a customer. Check the sender before giving out any account details.</source>
        <translation>Not matched to a customer. Check the sender before giving out any account details.</translation>
    </message>
    <message>
        <source>The customer could not be loaded.</source>
        <translation>The customer could not be loaded.</translation>
    </message>
    <message>
        <source>Customer no. %1</source>
        <translation>Customer no. %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Balance %1 of %2</source>
        <translation>Balance %1 of %2</translation>
    </message>
    <message>
        <source>Due %1: %2 (%3)</source>
        <translation>Due %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Other conversations</source>
        <translation>Other conversations</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Me</source>
        <comment>assigned to the signed-in agent</comment>
        <translation>Me</translation>
    </message>
</context>
<context>
    <name>ConversationRepository</name>
    <message>
        <source>The conversations could not be read. Try again; if it keeps failing, restart CardDesk.</source>
        <translation>The conversations could not be read. Try again; if it keeps failing, restart CardDesk.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>This conversation no longer exists.</translation>
    </message>
    <message>
        <source>The conversation could not be opened: %1</source>
        <translation>The conversation could not be opened: %1</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>No messages yet.</translation>
    </message>
    <message>
        <source>From the customer by %1</source>
        <translation>From the customer by %1</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Reply to the customer</translation>
    </message>
    <message>
        <source>Internal note — not visible to the customer</source>
        <translation>Internal note — not visible to the customer</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unknown type</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Assigned to me</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Assigned to %1</translation>
    </message>
    <message>
        <source>SLA: %1</source>
        <translation>SLA: %1</translation>
    </message>
    <message>
        <source>The message was not stored.</source>
        <translation>The message was not stored.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Note added.</translation>
    </message>
    <message>
        <source>Reply stored. Its delivery state is shown under it.</source>
        <translation>Reply stored. Its delivery state is shown under it.</translation>
    </message>
    <message>
        <source>This link is not opened: “%1” is not a web or mail address.</source>
        <translation>This link is not opened: “%1” is not a web or mail address.</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Open Link</translation>
    </message>
    <message>
        <source>Open this address in the web browser?</source>
        <translation>Open this address in the web browser?</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Open in Browser</translation>
    </message>
    <message>
        <source>The attachment “%1” is not in the attachment store.</source>
        <translation>The attachment “%1” is not in the attachment store.</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Save Attachment</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>Could not write “%1”.</translation>
    </message>
    <message>
        <source>No program is set up to open “%1”.</source>
        <translation>No program is set up to open “%1”.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>Choose a conversation from the list.
J and K move down and up, R replies, N adds a note, Ctrl+K lists every action.</source>
        <translation>Choose a conversation from the list.
J and K move down and up, R replies, N adds a note, Ctrl+K lists every action.</translation>
    </message>
    <message>
        <source>Suggested topic: %1 (%2 %)</source>
        <translation>Suggested topic: %1 (%2 %)</translation>
    </message>
    <message>
        <source>Reply with “%1” (Ctrl+M)</source>
        <translation>Reply with “%1” (Ctrl+M)</translation>
    </message>
    <message>
        <source>A suggestion from the local topic classifier; check it before you use it.</source>
        <translation>A suggestion from the local topic classifier; check it before you use it.</translation>
    </message>
    <message numerus="yes">
        <source>Show the %n earlier message(s)</source>
        <translation>
            <numerusform>Show the earlier message</numerusform>
            <numerusform>Show the %n earlier messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerHeader</name>
    <message>
        <source>%1 member</source>
        <comment>loyalty tier pill</comment>
        <translation>%1 member</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Customer %1</translation>
    </message>
    <message>
        <source>Prefers %1</source>
        <translation>Prefers %1</translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation>Customer since %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valid until %1</translation>
    </message>
    <message>
        <source>Active benefits:</source>
        <translation>Active benefits:</translation>
    </message>
</context>
<context>
    <name>CustomerLookupPane</name>
    <message>
        <source>Name, phone, email, customer number or card last four</source>
        <translation>Name, phone, email, customer number or card last four</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>Find customer</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Matching customers</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Find a customer</translation>
    </message>
    <message>
        <source>Start typing a name, phone number, email address, customer number or the last four digits of a card. Results appear as you type.</source>
        <translation>Start typing a name, phone number, email address, customer number or the last four digits of a card. Results appear as you type.</translation>
    </message>
    <message>
        <source>Press %1 from anywhere to come back to this field.</source>
        <translation>Press %1 from anywhere to come back to this field.</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
    <message>
        <source>No customers match “%1”. Try a phone number, an email or the last four digits of a card.</source>
        <translation>No customers match “%1”. Try a phone number, an email or the last four digits of a card.</translation>
    </message>
    <message>
        <source>The search did not work</source>
        <translation>The search did not work</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n customer(s); scroll for more or keep typing to narrow down</source>
        <translation>
            <numerusform>Showing the first %n customer; scroll for more or keep typing to narrow down</numerusform>
            <numerusform>Showing the first %n customers; scroll for more or keep typing to narrow down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <source>The search could not be completed. Try again; if it keeps failing, restart CardDesk.</source>
        <translation>The search could not be completed. Try again; if it keeps failing, restart CardDesk.</translation>
    </message>
</context>
<context>
    <name>CustomerResultDelegate</name>
    <message>
        <source>Blocked</source>
        <comment>a card is blocked; badge in the lookup list</comment>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>Locked</source>
        <comment>a card is locked; badge in the lookup list</comment>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>CustomerSearchModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>Customer no.</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Blocked card</source>
        <translation>Blocked card</translation>
    </message>
    <message>
        <source>Locked card</source>
        <translation>Locked card</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <source>This customer could not be found. They may have been removed.</source>
        <translation>This customer could not be found. They may have been removed.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>No customer selected</translation>
    </message>
    <message>
        <source>Find a customer on the left and select them to see their details, accounts, cards and recent transactions here.</source>
        <translation>Find a customer on the left and select them to see their details, accounts, cards and recent transactions here.</translation>
    </message>
    <message>
        <source>Loading customer…</source>
        <translation>Loading customer…</translation>
    </message>
    <message>
        <source>The customer could not be shown</source>
        <translation>The customer could not be shown</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Recent transactions</source>
        <translation>Recent transactions</translation>
    </message>
    <message>
        <source>No transactions in the last months.</source>
        <translation>No transactions in the last months.</translation>
    </message>
    <message>
        <source>Unfinished card workflow: card %2 %1, started by %3 at %4, last saved by %5.</source>
        <translation>Unfinished card workflow: card %2 %1, started by %3 at %4, last saved by %5.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The folder %1 cannot be created. Check that the disk is available and that you may write there, or choose another folder.</source>
        <translation>The folder %1 cannot be created. Check that the disk is available and that you may write there, or choose another folder.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read or written with your permissions. Ask IT to restore access, or choose another folder.</source>
        <translation>The database %1 cannot be read or written with your permissions. Ask IT to restore access, or choose another folder.</translation>
    </message>
    <message>
        <source>Another CardDesk (process %1) is already working on this database. Switch to that window, or choose another folder.</source>
        <translation>Another CardDesk (process %1) is already working on this database. Switch to that window, or choose another folder.</translation>
    </message>
    <message>
        <source>CardDesk cannot create its lock file beside %1. Check that you may write in that folder, or choose another folder.</source>
        <translation>CardDesk cannot create its lock file beside %1. Check that you may write in that folder, or choose another folder.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>The database %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a CardDesk database or it is damaged (%2). Nothing has been changed. You can move it aside and start with a new database, or choose another folder.</source>
        <translation>The file %1 is not a CardDesk database or it is damaged (%2). Nothing has been changed. You can move it aside and start with a new database, or choose another folder.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation>The database %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be prepared for use: %2</source>
        <translation>The database %1 cannot be prepared for use: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer CardDesk (schema %2; this version knows up to %3). Update CardDesk, or choose another folder.</source>
        <translation>The database %1 was written by a newer CardDesk (schema %2; this version knows up to %3). Update CardDesk, or choose another folder.</translation>
    </message>
    <message>
        <source>The database %1 could not be brought up to date; it was left as it was. Details: %2</source>
        <translation>The database %1 could not be brought up to date; it was left as it was. Details: %2</translation>
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
        <translation>Finnish</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <source>Norwegian (Bokmål)</source>
        <translation>Norwegian (Bokmål)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
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
        <translation>Not activated</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>card status</comment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Locked</source>
        <comment>card status</comment>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>card status</comment>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>card status reason</comment>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Stolen</source>
        <comment>card status reason</comment>
        <translation>Stolen</translation>
    </message>
    <message>
        <source>Damaged</source>
        <comment>card status reason</comment>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Suspected fraud</source>
        <comment>card status reason</comment>
        <translation>Suspected fraud</translation>
    </message>
    <message>
        <source>Customer request</source>
        <comment>card status reason</comment>
        <translation>Customer request</translation>
    </message>
    <message>
        <source>Replaced</source>
        <comment>card status reason</comment>
        <translation>Replaced</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>card status reason</comment>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>account status</comment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>account status</comment>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>account status</comment>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>transaction status</comment>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Posted</source>
        <comment>transaction status</comment>
        <translation>Posted</translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>transaction status</comment>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Reversed</source>
        <comment>transaction status</comment>
        <translation>Reversed</translation>
    </message>
    <message>
        <source>Dispute open</source>
        <translation>Dispute open</translation>
    </message>
    <message>
        <source>Dispute won</source>
        <translation>Dispute won</translation>
    </message>
    <message>
        <source>Dispute lost</source>
        <translation>Dispute lost</translation>
    </message>
    <message>
        <source>Dispute: %1</source>
        <translation>Dispute: %1</translation>
    </message>
    <message>
        <source>Ordered</source>
        <comment>card status</comment>
        <translation>Ordered</translation>
    </message>
    <message>
        <source>Shipped</source>
        <comment>card status</comment>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>Delivered</source>
        <comment>card status</comment>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Undeliverable</source>
        <comment>card status reason</comment>
        <translation>Undeliverable</translation>
    </message>
    <message>
        <source>lost</source>
        <comment>card workflow situation</comment>
        <translation>lost</translation>
    </message>
    <message>
        <source>stolen</source>
        <comment>card workflow situation</comment>
        <translation>stolen</translation>
    </message>
    <message>
        <source>damaged</source>
        <comment>card workflow situation</comment>
        <translation>damaged</translation>
    </message>
    <message>
        <source>compromised</source>
        <comment>card workflow situation</comment>
        <translation>compromised</translation>
    </message>
</context>
<context>
    <name>DisputeReasons</name>
    <message>
        <source>Confirm that the customer declares they neither made nor allowed this purchase.</source>
        <translation>Confirm that the customer declares they neither made nor allowed this purchase.</translation>
    </message>
    <message>
        <source>Choose the purchase this one duplicates.</source>
        <translation>Choose the purchase this one duplicates.</translation>
    </message>
    <message>
        <source>Enter the amount on the receipt; it must be less than the amount charged.</source>
        <translation>Enter the amount on the receipt; it must be less than the amount charged.</translation>
    </message>
    <message>
        <source>Enter when the goods or service should have arrived (a date in the past).</source>
        <translation>Enter when the goods or service should have arrived (a date in the past).</translation>
    </message>
    <message>
        <source>The customer must have contacted the merchant first; confirm that they did.</source>
        <translation>The customer must have contacted the merchant first; confirm that they did.</translation>
    </message>
    <message>
        <source>Enter when the customer cancelled the subscription (on or before the charge).</source>
        <translation>Enter when the customer cancelled the subscription (on or before the charge).</translation>
    </message>
    <message>
        <source>The dispute&apos;s evidence is incomplete.</source>
        <translation>The dispute&apos;s evidence is incomplete.</translation>
    </message>
</context>
<context>
    <name>DrillDownModel</name>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Unknown sender</translation>
    </message>
    <message>
        <source>Came in</source>
        <translation>Came in</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Assignee (user name)</source>
        <translation>Assignee (user name)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Age</source>
        <comment>how long ago the conversation came in</comment>
        <translation>Age</translation>
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
        <translation>The message has more than %1 parts; only the first %1 were read.</translation>
    </message>
    <message>
        <source>Parts nested deeper than %1 levels were skipped.</source>
        <translation>Parts nested deeper than %1 levels were skipped.</translation>
    </message>
    <message>
        <source>The text is in an unknown character set (%1); it was read as UTF-8 or Windows-1252.</source>
        <translation>The text is in an unknown character set (%1); it was read as UTF-8 or Windows-1252.</translation>
    </message>
    <message>
        <source>A very long message body was cut to its first %1 characters.</source>
        <translation>A very long message body was cut to its first %1 characters.</translation>
    </message>
    <message>
        <source>A part of the message could not be read and was skipped.</source>
        <translation>A part of the message could not be read and was skipped.</translation>
    </message>
    <message>
        <source>The attachment %1 claims to be %2 but its content is %3; it is treated as %3.</source>
        <translation>The attachment %1 claims to be %2 but its content is %3; it is treated as %3.</translation>
    </message>
    <message>
        <source>The attachment %1 has no content type; its content is %2.</source>
        <translation>The attachment %1 has no content type; its content is %2.</translation>
    </message>
    <message>
        <source>The attachment %1 was not stored: %2</source>
        <translation>The attachment %1 was not stored: %2</translation>
    </message>
    <message>
        <source>An attached message could not be saved.</source>
        <translation>An attached message could not be saved.</translation>
    </message>
    <message numerus="yes">
        <source>%n card number(s) in the message were masked.</source>
        <translation>
            <numerusform>%n card number in the message was masked.</numerusform>
            <numerusform>%n card numbers in the message were masked.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not an email message.</source>
        <translation>The file is not an email message.</translation>
    </message>
    <message>
        <source>The file is not an email message: it has none of the headers of one.</source>
        <translation>The file is not an email message: it has none of the headers of one.</translation>
    </message>
    <message>
        <source>The message has no sender address.</source>
        <translation>The message has no sender address.</translation>
    </message>
    <message>
        <source>The subject was cut to its first %1 characters.</source>
        <translation>The subject was cut to its first %1 characters.</translation>
    </message>
    <message>
        <source>The message&apos;s date could not be read; the file&apos;s time is used.</source>
        <translation>The message&apos;s date could not be read; the file&apos;s time is used.</translation>
    </message>
    <message>
        <source>The message has no date; the file&apos;s time is used.</source>
        <translation>The message has no date; the file&apos;s time is used.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened: %2</source>
        <translation>The file %1 could not be opened: %2</translation>
    </message>
    <message>
        <source>The message is larger than the limit of %1 MB and was not imported.</source>
        <translation>The message is larger than the limit of %1 MB and was not imported.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The message&apos;s headers are larger than %1 MB; it was not imported.</source>
        <translation>The message&apos;s headers are larger than %1 MB; it was not imported.</translation>
    </message>
    <message>
        <source>The message has too many nested parts to be read safely and was not imported.</source>
        <translation>The message has too many nested parts to be read safely and was not imported.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>The file %1 could not be opened.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>The message is empty.</translation>
    </message>
</context>
<context>
    <name>ExportSaver</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>The image could not be encoded.</source>
        <translation>The image could not be encoded.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>ExportableSection</name>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Save this table as a CSV file for a spreadsheet</source>
        <translation>Save this table as a CSV file for a spreadsheet</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>Save PNG…</translation>
    </message>
    <message>
        <source>Save this chart as an image</source>
        <translation>Save this chart as an image</translation>
    </message>
</context>
<context>
    <name>InboxNavigation</name>
    <message>
        <source>Due soon or breached: %1 due within the hour, %2 already past their SLA</source>
        <translation>Due soon or breached: %1 due within the hour, %2 already past their SLA</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>My open</source>
        <translation>My open</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>All open</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message>
        <source>Moved to the %1 queue.</source>
        <translation>Moved to the %1 queue.</translation>
    </message>
    <message>
        <source>Topic added.</source>
        <translation>Topic added.</translation>
    </message>
    <message>
        <source>The change was not made.</source>
        <translation>The change was not made.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) resolved.</source>
        <translation>
            <numerusform>%n conversation resolved.</numerusform>
            <numerusform>%n conversations resolved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned to you.</source>
        <translation>Assigned to you.</translation>
    </message>
    <message>
        <source>Assign to Agent</source>
        <translation>Assign to Agent</translation>
    </message>
    <message>
        <source>Agent&apos;s user name (empty to unassign):</source>
        <translation>Agent&apos;s user name (empty to unassign):</translation>
    </message>
    <message>
        <source>Unassigned.</source>
        <translation>Unassigned.</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>Assigned to %1.</translation>
    </message>
    <message>
        <source>Move to Queue</source>
        <translation>Move to Queue</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>Queue:</translation>
    </message>
    <message>
        <source>Add Topic</source>
        <translation>Add Topic</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <source>Priority set to urgent.</source>
        <translation>Priority set to urgent.</translation>
    </message>
    <message>
        <source>Priority set to normal.</source>
        <translation>Priority set to normal.</translation>
    </message>
    <message>
        <source>Waiting for the customer.</source>
        <translation>Waiting for the customer.</translation>
    </message>
    <message>
        <source>Put on hold.</source>
        <translation>Put on hold.</translation>
    </message>
    <message>
        <source>Reopened.</source>
        <translation>Reopened.</translation>
    </message>
    <message>
        <source>Call logged.</source>
        <translation>Call logged.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Any channel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Any priority</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Any queue</source>
        <translation>Any queue</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>Any topic</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Assigned to me</translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <translation>Filtered: %1</translation>
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
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No conversations in this view.</source>
        <translation>No conversations in this view.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nothing matches “%1”.</translation>
    </message>
    <message>
        <source>Could not load the list: %1</source>
        <translation>Could not load the list: %1</translation>
    </message>
    <message>
        <source>Showing %1, more below</source>
        <translation>Showing %1, more below</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Search messages and subjects ( / )</source>
        <translation>Search messages and subjects ( / )</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>SLA due first</source>
        <translation>SLA due first</translation>
    </message>
    <message>
        <source>Latest activity</source>
        <translation>Latest activity</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Next conversation</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Previous conversation</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Add internal note</source>
        <translation>Add internal note</translation>
    </message>
    <message>
        <source>Close (resolve)</source>
        <translation>Close (resolve)</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Assign to me</translation>
    </message>
    <message>
        <source>Assign to agent…</source>
        <translation>Assign to agent…</translation>
    </message>
    <message>
        <source>Move to queue…</source>
        <translation>Move to queue…</translation>
    </message>
    <message>
        <source>Add topic…</source>
        <translation>Add topic…</translation>
    </message>
    <message>
        <source>Set priority: urgent</source>
        <translation>Set priority: urgent</translation>
    </message>
    <message>
        <source>Set priority: normal</source>
        <translation>Set priority: normal</translation>
    </message>
    <message>
        <source>Wait for the customer</source>
        <translation>Wait for the customer</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>Put on hold</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Search conversations</translation>
    </message>
    <message>
        <source>Insert macro</source>
        <translation>Insert macro</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Log call</translation>
    </message>
    <message>
        <source>Open the customer in Customers</source>
        <translation>Open the customer in Customers</translation>
    </message>
    <message>
        <source>Show all actions</source>
        <translation>Show all actions</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n email file(s)…</source>
        <translation>
            <numerusform>Importing %n email file…</numerusform>
            <numerusform>Importing %n email files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) imported</source>
        <translation>
            <numerusform>%n message imported</numerusform>
            <numerusform>%n messages imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the inbox, not imported again</source>
        <translation>
            <numerusform>%n already in the inbox, not imported again</numerusform>
            <numerusform>%n already in the inbox, not imported again</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Not imported: %1</translation>
    </message>
    <message>
        <source>Hide the customer panel</source>
        <translation>Hide the customer panel</translation>
    </message>
    <message>
        <source>Show the customer panel</source>
        <translation>Show the customer panel</translation>
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
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Web form</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <source>App message</source>
        <translation>App message</translation>
    </message>
    <message>
        <source>Alert</source>
        <comment>a conversation raised by a fraud rule</comment>
        <translation>Alert</translation>
    </message>
    <message>
        <source>New</source>
        <comment>conversation status</comment>
        <translation>New</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>conversation status</comment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Waiting for customer</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>conversation status</comment>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>priority</comment>
        <translation>Low</translation>
    </message>
    <message>
        <source>Normal</source>
        <comment>priority</comment>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <comment>priority</comment>
        <translation>High</translation>
    </message>
    <message>
        <source>Urgent</source>
        <comment>priority</comment>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Lost or stolen card</source>
        <translation>Lost or stolen card</translation>
    </message>
    <message>
        <source>Card not received</source>
        <translation>Card not received</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Invoice and due date</source>
        <translation>Invoice and due date</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <source>Disputed purchase</source>
        <translation>Disputed purchase</translation>
    </message>
    <message>
        <source>Benefits and campaigns</source>
        <translation>Benefits and campaigns</translation>
    </message>
    <message>
        <source>Address change</source>
        <translation>Address change</translation>
    </message>
    <message>
        <source>Online payment security</source>
        <translation>Online payment security</translation>
    </message>
    <message>
        <source>Suspected phishing</source>
        <translation>Suspected phishing</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>topic</comment>
        <translation>Other</translation>
    </message>
    <message>
        <source>Cards</source>
        <comment>queue</comment>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Billing</source>
        <comment>queue</comment>
        <translation>Billing</translation>
    </message>
    <message>
        <source>Fraud</source>
        <comment>queue</comment>
        <translation>Fraud</translation>
    </message>
    <message>
        <source>General</source>
        <comment>queue</comment>
        <translation>General</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Queued — local mode, not sent to the customer&apos;s channel</source>
        <translation>Queued — local mode, not sent to the customer&apos;s channel</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Not delivered — the channel refused it</source>
        <translation>Not delivered — the channel refused it</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <comment>SLA</comment>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>SLA</comment>
        <translation>%1 left</translation>
    </message>
</context>
<context>
    <name>IntentClassifier</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>expected language, topic and text separated by tabs</source>
        <translation>expected language, topic and text separated by tabs</translation>
    </message>
    <message>
        <source>unknown topic &quot;%1&quot;</source>
        <translation>unknown topic &quot;%1&quot;</translation>
    </message>
    <message>
        <source>empty language or text</source>
        <translation>empty language or text</translation>
    </message>
    <message>
        <source>Cannot open the classifier&apos;s training data: %1</source>
        <translation>Cannot open the classifier&apos;s training data: %1</translation>
    </message>
    <message>
        <source>The classifier&apos;s training data is empty.</source>
        <translation>The classifier&apos;s training data is empty.</translation>
    </message>
</context>
<context>
    <name>LimitsDialog</name>
    <message>
        <source>Spending limits of %1</source>
        <translation>Spending limits of %1</translation>
    </message>
    <message>
        <source>Limits in %1, the account&apos;s currency. Leave a field empty for no limit. Lowering a limit takes effect at once; raising or removing one needs strong verification.</source>
        <translation>Limits in %1, the account&apos;s currency. Leave a field empty for no limit. Lowering a limit takes effect at once; raising or removing one needs strong verification.</translation>
    </message>
    <message>
        <source>Per purchase:</source>
        <translation>Per purchase:</translation>
    </message>
    <message>
        <source>the per-purchase limit</source>
        <translation>the per-purchase limit</translation>
    </message>
    <message>
        <source>Per day:</source>
        <translation>Per day:</translation>
    </message>
    <message>
        <source>the daily limit</source>
        <translation>the daily limit</translation>
    </message>
    <message>
        <source>Cash per day:</source>
        <translation>Cash per day:</translation>
    </message>
    <message>
        <source>the daily cash limit</source>
        <translation>the daily cash limit</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>Save limits</source>
        <translation>Save limits</translation>
    </message>
    <message>
        <source>Write %1 as an amount in %2, for example 500 or 1250.50 (at most %3), or leave it empty for no limit.</source>
        <translation>Write %1 as an amount in %2, for example 500 or 1250.50 (at most %3), or leave it empty for no limit.</translation>
    </message>
    <message>
        <source>Per-purchase limit</source>
        <translation>Per-purchase limit</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>Daily limit</translation>
    </message>
    <message>
        <source>Daily cash limit</source>
        <translation>Daily cash limit</translation>
    </message>
</context>
<context>
    <name>LocalAlertService</name>
    <message>
        <source>The change could not be saved, and nothing was changed. Try again.</source>
        <translation>The change could not be saved, and nothing was changed. Try again.</translation>
    </message>
    <message>
        <source>a transaction has no valid time</source>
        <translation>a transaction has no valid time</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter currency code</source>
        <translation>&quot;%1&quot; is not a three-letter currency code</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a four-digit merchant category code</source>
        <translation>&quot;%1&quot; is not a four-digit merchant category code</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code</source>
        <translation>&quot;%1&quot; is not a two-letter country code</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entry mode (chip, contactless, online, atm)</source>
        <translation>&quot;%1&quot; is not an entry mode (chip, contactless, online, atm)</translation>
    </message>
    <message>
        <source>a transaction has no merchant</source>
        <translation>a transaction has no merchant</translation>
    </message>
    <message>
        <source>There are no transactions to screen.</source>
        <translation>There are no transactions to screen.</translation>
    </message>
    <message>
        <source>At most %1 transactions can be screened at once; %2 were given.</source>
        <translation>At most %1 transactions can be screened at once; %2 were given.</translation>
    </message>
    <message>
        <source>The transactions were not screened: %1.</source>
        <translation>The transactions were not screened: %1.</translation>
    </message>
    <message>
        <source>The fraud rules could not be loaded (%1); nothing was screened.</source>
        <translation>The fraud rules could not be loaded (%1); nothing was screened.</translation>
    </message>
    <message>
        <source>There is no card %1.</source>
        <translation>There is no card %1.</translation>
    </message>
    <message>
        <source>Transaction %1 is not of the card %2.</source>
        <translation>Transaction %1 is not of the card %2.</translation>
    </message>
    <message>
        <source>Some of the transactions to screen do not exist.</source>
        <translation>Some of the transactions to screen do not exist.</translation>
    </message>
    <message>
        <source>These transactions were screened before; alert %1 names them.</source>
        <translation>These transactions were screened before; alert %1 names them.</translation>
    </message>
    <message numerus="yes">
        <source>Screened %n transaction(s): nothing suspicious.</source>
        <translation>
            <numerusform>Screened %n transaction: nothing suspicious.</numerusform>
            <numerusform>Screened %n transactions: nothing suspicious.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert raised: %1.</source>
        <translation>Alert raised: %1.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <source>The alert could not be read. Try again.</source>
        <translation>The alert could not be read. Try again.</translation>
    </message>
    <message>
        <source>The alert&apos;s transactions could not be read. Try again.</source>
        <translation>The alert&apos;s transactions could not be read. Try again.</translation>
    </message>
    <message>
        <source>Say how the customer confirmed the transactions: a note is required.</source>
        <translation>Say how the customer confirmed the transactions: a note is required.</translation>
    </message>
    <message>
        <source>The note is too long (%1 characters; at most %2).</source>
        <translation>The note is too long (%1 characters; at most %2).</translation>
    </message>
    <message>
        <source>This note contains a full card number. Card numbers are never stored: mask it (first six and last four digits at most) and save again.</source>
        <translation>This note contains a full card number. Card numbers are never stored: mask it (first six and last four digits at most) and save again.</translation>
    </message>
    <message>
        <source>There is no alert %1.</source>
        <translation>There is no alert %1.</translation>
    </message>
    <message>
        <source>This alert was already decided: %1 by %2 at %3.</source>
        <translation>This alert was already decided: %1 by %2 at %3.</translation>
    </message>
    <message>
        <source>genuine</source>
        <translation>genuine</translation>
    </message>
    <message>
        <source>fraud</source>
        <translation>fraud</translation>
    </message>
    <message>
        <source>Another agent decided this alert at the same moment. Reload it.</source>
        <translation>Another agent decided this alert at the same moment. Reload it.</translation>
    </message>
    <message>
        <source>Alert closed as genuine.</source>
        <translation>Alert closed as genuine.</translation>
    </message>
    <message>
        <source>Fraud recorded. Lock the card and go through the compromised-card steps.</source>
        <translation>Fraud recorded. Lock the card and go through the compromised-card steps.</translation>
    </message>
</context>
<context>
    <name>LocalAuditService</name>
    <message>
        <source>There is no customer %1.</source>
        <translation>There is no customer %1.</translation>
    </message>
    <message>
        <source>Customer %1 has no card ending in %2.</source>
        <translation>Customer %1 has no card ending in %2.</translation>
    </message>
    <message>
        <source>No card ends in %1.</source>
        <translation>No card ends in %1.</translation>
    </message>
    <message>
        <source>There is no card #%1.</source>
        <translation>There is no card #%1.</translation>
    </message>
    <message>
        <source>The audit log is for supervisors. Ask a supervisor if you need to know who did what.</source>
        <translation>The audit log is for supervisors. Ask a supervisor if you need to know who did what.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <source>The audit log could not be read. Try again; if it keeps failing, tell IT support.</source>
        <translation>The audit log could not be read. Try again; if it keeps failing, tell IT support.</translation>
    </message>
    <message>
        <source>There is no agent with a name that long.</source>
        <translation>There is no agent with a name that long.</translation>
    </message>
    <message>
        <source>A customer number has digits only, such as 100000042.</source>
        <translation>A customer number has digits only, such as 100000042.</translation>
    </message>
    <message>
        <source>Enter a card&apos;s last four digits, such as 1234, or its id, such as #45. Never enter a full card number.</source>
        <translation>Enter a card&apos;s last four digits, such as 1234, or its id, such as #45. Never enter a full card number.</translation>
    </message>
    <message>
        <source>An action looks like card.lock, or card. for every card action.</source>
        <translation>An action looks like card.lock, or card. for every card action.</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>The first day is after the last day.</translation>
    </message>
    <message>
        <source>Entry %1 was altered after it was written: its content no longer matches its hash.</source>
        <translation>Entry %1 was altered after it was written: its content no longer matches its hash.</translation>
    </message>
    <message>
        <source>Entry %1 is missing: it was removed from the log.</source>
        <translation>Entry %1 is missing: it was removed from the log.</translation>
    </message>
    <message>
        <source>Entry %1 is out of order: the entries were rearranged.</source>
        <translation>Entry %1 is out of order: the entries were rearranged.</translation>
    </message>
    <message>
        <source>Entry %1 does not link to the entry before it: one of the two was altered.</source>
        <translation>Entry %1 does not link to the entry before it: one of the two was altered.</translation>
    </message>
    <message numerus="yes">
        <source>The chain is broken. %1 The %Ln entries before it are intact.</source>
        <translation>
            <numerusform>The chain is broken. %1 The %Ln entry before it is intact.</numerusform>
            <numerusform>The chain is broken. %1 The %Ln entries before it are intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: all %Ln entries are as they were written.</source>
        <translation>
            <numerusform>The chain is intact: the %Ln entry is as it was written.</numerusform>
            <numerusform>The chain is intact: all %Ln entries are as they were written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalBackend</name>
    <message>
        <source>The demo data could not be created: %1</source>
        <translation>The demo data could not be created: %1</translation>
    </message>
    <message>
        <source>You could not be signed in: %1</source>
        <translation>You could not be signed in: %1</translation>
    </message>
    <message>
        <source>Local database: %1</source>
        <translation>Local database: %1</translation>
    </message>
    <message>
        <source>The demo inbox could not be created: %1</source>
        <translation>The demo inbox could not be created: %1</translation>
    </message>
    <message>
        <source>There is no agent called %1 in this database.</source>
        <translation>There is no agent called %1 in this database.</translation>
    </message>
</context>
<context>
    <name>LocalCardService</name>
    <message>
        <source>ordered</source>
        <translation>ordered</translation>
    </message>
    <message>
        <source>on its way</source>
        <translation>on its way</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <source>not activated</source>
        <translation>not activated</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>The verification could not be recorded: %1</source>
        <translation>The verification could not be recorded: %1</translation>
    </message>
    <message>
        <source>Verification recorded.</source>
        <translation>Verification recorded.</translation>
    </message>
    <message>
        <source>Failed verification recorded.</source>
        <translation>Failed verification recorded.</translation>
    </message>
    <message>
        <source>There is no card %1.</source>
        <translation>There is no card %1.</translation>
    </message>
    <message>
        <source>The card %1 was changed while you were looking at it: %2 made it %3 at %4. Check the card again before you act.</source>
        <translation>The card %1 was changed while you were looking at it: %2 made it %3 at %4. Check the card again before you act.</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>the system</translation>
    </message>
    <message>
        <source>The card %1 was changed while you were looking at it; it is now %2. Check the card again before you act.</source>
        <translation>The card %1 was changed while you were looking at it; it is now %2. Check the card again before you act.</translation>
    </message>
    <message>
        <source>Verify the caller strongly first (bank ID or the app): this action needs it. Nothing was changed.</source>
        <translation>Verify the caller strongly first (bank ID or the app): this action needs it. Nothing was changed.</translation>
    </message>
    <message>
        <source>Identify the card with the caller first. Nothing was changed.</source>
        <translation>Identify the card with the caller first. Nothing was changed.</translation>
    </message>
    <message>
        <source>The card %1 is %2; it cannot become %3. Nothing was changed.</source>
        <translation>The card %1 is %2; it cannot become %3. Nothing was changed.</translation>
    </message>
    <message>
        <source>The card %1 was changed at the same moment. Check it again.</source>
        <translation>The card %1 was changed at the same moment. Check it again.</translation>
    </message>
    <message>
        <source>The card could not be changed: %1</source>
        <translation>The card could not be changed: %1</translation>
    </message>
    <message>
        <source>The card %1 is now %2.</source>
        <translation>The card %1 is now %2.</translation>
    </message>
    <message>
        <source>Activate a card only when the customer confirms they have it in hand. Nothing was changed.</source>
        <translation>Activate a card only when the customer confirms they have it in hand. Nothing was changed.</translation>
    </message>
    <message>
        <source>The card controls of %1 are saved.</source>
        <translation>The card controls of %1 are saved.</translation>
    </message>
    <message>
        <source>A card closed at the customer&apos;s request is not replaced. Nothing was ordered.</source>
        <translation>A card closed at the customer&apos;s request is not replaced. Nothing was ordered.</translation>
    </message>
    <message>
        <source>Choose the pickup point first. Nothing was ordered.</source>
        <translation>Choose the pickup point first. Nothing was ordered.</translation>
    </message>
    <message>
        <source>The card %1 already has a replacement (•••• %2). Nothing was ordered again.</source>
        <translation>The card %1 already has a replacement (•••• %2). Nothing was ordered again.</translation>
    </message>
    <message>
        <source>The card %1 was closed as %2; replace it for that reason.</source>
        <translation>The card %1 was closed as %2; replace it for that reason.</translation>
    </message>
    <message>
        <source>closed for a replacement</source>
        <translation>closed for a replacement</translation>
    </message>
    <message>
        <source>The replacement could not be ordered: %1</source>
        <translation>The replacement could not be ordered: %1</translation>
    </message>
    <message>
        <source>A new card •••• %1 is ordered; %2 is closed.</source>
        <translation>A new card •••• %1 is ordered; %2 is closed.</translation>
    </message>
    <message>
        <source>A new card with the same number is ordered; %1 works until it is activated.</source>
        <translation>A new card with the same number is ordered; %1 works until it is activated.</translation>
    </message>
    <message>
        <source>The card %1 is closed; it has no PIN to reset.</source>
        <translation>The card %1 is closed; it has no PIN to reset.</translation>
    </message>
    <message>
        <source>A PIN letter for %1 goes to the registered address.</source>
        <translation>A PIN letter for %1 goes to the registered address.</translation>
    </message>
    <message>
        <source>The customer can see the new PIN of %1 in the app.</source>
        <translation>The customer can see the new PIN of %1 in the app.</translation>
    </message>
    <message>
        <source>The card %1 is %2: it has reached the customer.</source>
        <translation>The card %1 is %2: it has reached the customer.</translation>
    </message>
    <message>
        <source>not received by the customer</source>
        <translation>not received by the customer</translation>
    </message>
    <message>
        <source>The card %1 is closed and the address is flagged. Confirm the address with the customer, then order a replacement.</source>
        <translation>The card %1 is closed and the address is flagged. Confirm the address with the customer, then order a replacement.</translation>
    </message>
    <message>
        <source>The spending limits of %1 are saved.</source>
        <translation>The spending limits of %1 are saved.</translation>
    </message>
    <message>
        <source>The address flag could not be cleared: %1</source>
        <translation>The address flag could not be cleared: %1</translation>
    </message>
    <message>
        <source>The address is not flagged (any more). Nothing was changed.</source>
        <translation>The address is not flagged (any more). Nothing was changed.</translation>
    </message>
    <message>
        <source>The address is confirmed and no longer flagged.</source>
        <translation>The address is confirmed and no longer flagged.</translation>
    </message>
    <message>
        <source>There is no card %1 for this customer.</source>
        <translation>There is no card %1 for this customer.</translation>
    </message>
    <message>
        <source>%1 started a workflow for the card %2 at %3. Resume it instead of starting another.</source>
        <translation>%1 started a workflow for the card %2 at %3. Resume it instead of starting another.</translation>
    </message>
    <message>
        <source>The card %1 is %2. This workflow is for a card the customer has had in use; for a card on its way, use Card not received.</source>
        <translation>The card %1 is %2. This workflow is for a card the customer has had in use; for a card on its way, use Card not received.</translation>
    </message>
    <message>
        <source>The workflow could not be saved: %1</source>
        <translation>The workflow could not be saved: %1</translation>
    </message>
    <message>
        <source>Workflow started for the card %1.</source>
        <translation>Workflow started for the card %1.</translation>
    </message>
    <message>
        <source>There is no workflow %1.</source>
        <translation>There is no workflow %1.</translation>
    </message>
    <message>
        <source>This workflow was %1 by %2 at %3; nothing more can be saved in it.</source>
        <translation>This workflow was %1 by %2 at %3; nothing more can be saved in it.</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandoned</translation>
    </message>
    <message>
        <source>%1 continued this workflow at %2 while you had it open. Close it and resume it from the customer view to see their changes.</source>
        <translation>%1 continued this workflow at %2 while you had it open. Close it and resume it from the customer view to see their changes.</translation>
    </message>
    <message>
        <source>The workflow&apos;s answers are too large to save. Shorten the notes.</source>
        <translation>The workflow&apos;s answers are too large to save. Shorten the notes.</translation>
    </message>
    <message>
        <source>A colleague saved this workflow at the same moment. Resume it again.</source>
        <translation>A colleague saved this workflow at the same moment. Resume it again.</translation>
    </message>
    <message>
        <source>Workflow saved.</source>
        <translation>Workflow saved.</translation>
    </message>
    <message>
        <source>There is no transaction %1.</source>
        <translation>There is no transaction %1.</translation>
    </message>
    <message>
        <source>The card of this transaction could not be read: %1</source>
        <translation>The card of this transaction could not be read: %1</translation>
    </message>
    <message>
        <source>This transaction was not made with the workflow&apos;s card. Nothing was filed.</source>
        <translation>This transaction was not made with the workflow&apos;s card. Nothing was filed.</translation>
    </message>
    <message>
        <source>%1 already disputed this purchase at %2. Nothing was filed again.</source>
        <translation>%1 already disputed this purchase at %2. Nothing was filed again.</translation>
    </message>
    <message>
        <source>This transaction was declined or reversed: the customer was not charged, so there is nothing to dispute.</source>
        <translation>This transaction was declined or reversed: the customer was not charged, so there is nothing to dispute.</translation>
    </message>
    <message>
        <source>The card was stolen: enter the police report reference before filing disputes.</source>
        <translation>The card was stolen: enter the police report reference before filing disputes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like a police report reference (4 to 40 letters and digits). Check it with the customer.</source>
        <translation>&quot;%1&quot; does not look like a police report reference (4 to 40 letters and digits). Check it with the customer.</translation>
    </message>
    <message>
        <source>The dispute could not be filed: %1</source>
        <translation>The dispute could not be filed: %1</translation>
    </message>
    <message>
        <source>Dispute filed for %1 at %2.</source>
        <translation>Dispute filed for %1 at %2.</translation>
    </message>
    <message>
        <source>An answer holds a full card number. Card numbers are never stored: keep the last four digits at most, and save again.</source>
        <translation>An answer holds a full card number. Card numbers are never stored: keep the last four digits at most, and save again.</translation>
    </message>
</context>
<context>
    <name>LocalCustomerService</name>
    <message>
        <source>The customer database is not open.</source>
        <translation>The customer database is not open.</translation>
    </message>
    <message>
        <source>The customer could not be read. Try again.</source>
        <translation>The customer could not be read. Try again.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>There is no customer %1.</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s language: Finnish, Swedish, Norwegian or English.</source>
        <translation>Choose the customer&apos;s language: Finnish, Swedish, Norwegian or English.</translation>
    </message>
    <message>
        <source>Keep at least a phone number or an email address, so that the customer can be reached.</source>
        <translation>Keep at least a phone number or an email address, so that the customer can be reached.</translation>
    </message>
    <message>
        <source>Some details need correcting before they can be saved.</source>
        <translation>Some details need correcting before they can be saved.</translation>
    </message>
    <message>
        <source>Someone else changed this customer&apos;s details while you were editing. Reload the customer and make your change again.</source>
        <translation>Someone else changed this customer&apos;s details while you were editing. Reload the customer and make your change again.</translation>
    </message>
    <message>
        <source>Contact details saved.</source>
        <translation>Contact details saved.</translation>
    </message>
    <message>
        <source>Say why you need to see the identity number; the reason is recorded in the audit log.</source>
        <translation>Say why you need to see the identity number; the reason is recorded in the audit log.</translation>
    </message>
    <message>
        <source>This reveal was recorded in the audit log.</source>
        <translation>This reveal was recorded in the audit log.</translation>
    </message>
</context>
<context>
    <name>LocalInboxService</name>
    <message>
        <source>The conversation could not be read. Try again.</source>
        <translation>The conversation could not be read. Try again.</translation>
    </message>
    <message>
        <source>Write a reply first.</source>
        <translation>Write a reply first.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Write the note first.</translation>
    </message>
    <message>
        <source>The text is too long (%1 characters; at most %2). Shorten it or attach the details as a file.</source>
        <translation>The text is too long (%1 characters; at most %2). Shorten it or attach the details as a file.</translation>
    </message>
    <message>
        <source>This reply contains a full card number. Card numbers are never sent to customers: mask it (first six and last four digits at most) and send again. Nothing was sent.</source>
        <translation>This reply contains a full card number. Card numbers are never sent to customers: mask it (first six and last four digits at most) and send again. Nothing was sent.</translation>
    </message>
    <message>
        <source>This note contains a full card number. Card numbers are never stored: mask it (first six and last four digits at most) and save again.</source>
        <translation>This note contains a full card number. Card numbers are never stored: mask it (first six and last four digits at most) and save again.</translation>
    </message>
    <message>
        <source>An alert has no channel to the customer. Add a note, or call the customer and log the call.</source>
        <translation>An alert has no channel to the customer. Add a note, or call the customer and log the call.</translation>
    </message>
    <message>
        <source>A phone conversation has no written channel. Log the call, or add a note.</source>
        <translation>A phone conversation has no written channel. Log the call, or add a note.</translation>
    </message>
    <message>
        <source>Reply queued for %1. This desk works without a channel gateway, so it stays queued and has not reached the customer yet.</source>
        <translation>Reply queued for %1. This desk works without a channel gateway, so it stays queued and has not reached the customer yet.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Note added.</translation>
    </message>
    <message>
        <source>Select at least one conversation.</source>
        <translation>Select at least one conversation.</translation>
    </message>
    <message>
        <source>At most 1000 conversations can be changed at once.</source>
        <translation>At most 1000 conversations can be changed at once.</translation>
    </message>
    <message>
        <source>Only a supervisor can assign conversations to another agent. Assign them to yourself, or release them to a queue.</source>
        <translation>Only a supervisor can assign conversations to another agent. Assign them to yourself, or release them to a queue.</translation>
    </message>
    <message>
        <source>Choose an agent or a queue.</source>
        <translation>Choose an agent or a queue.</translation>
    </message>
    <message>
        <source>Moved to the %1 queue.</source>
        <translation>Moved to the %1 queue.</translation>
    </message>
    <message>
        <source>Assigned to you.</source>
        <translation>Assigned to you.</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>Assigned to %1.</translation>
    </message>
    <message>
        <source>Conversation %1 is assigned to %2. Only a supervisor can take it over; ask them, or ask %2 to release it.</source>
        <translation>Conversation %1 is assigned to %2. Only a supervisor can take it over; ask them, or ask %2 to release it.</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Closed.</translation>
    </message>
    <message>
        <source>Marked resolved.</source>
        <translation>Marked resolved.</translation>
    </message>
    <message>
        <source>Status changed.</source>
        <translation>Status changed.</translation>
    </message>
    <message>
        <source>Priority changed.</source>
        <translation>Priority changed.</translation>
    </message>
    <message>
        <source>%1 is not a topic CardDesk knows.</source>
        <translation>%1 is not a topic CardDesk knows.</translation>
    </message>
    <message>
        <source>Choose at least one topic.</source>
        <translation>Choose at least one topic.</translation>
    </message>
    <message>
        <source>Topics added.</source>
        <translation>Topics added.</translation>
    </message>
    <message>
        <source>Say why the customer called.</source>
        <translation>Say why the customer called.</translation>
    </message>
    <message>
        <source>The call&apos;s duration must be between 0 seconds and 24 hours.</source>
        <translation>The call&apos;s duration must be between 0 seconds and 24 hours.</translation>
    </message>
    <message>
        <source>The call notes are too long.</source>
        <translation>The call notes are too long.</translation>
    </message>
    <message>
        <source>The call notes contain a full card number. Card numbers are never stored: mask it (first six and last four digits at most) and save again.</source>
        <translation>The call notes contain a full card number. Card numbers are never stored: mask it (first six and last four digits at most) and save again.</translation>
    </message>
    <message>
        <source>Choose the customer who called.</source>
        <translation>Choose the customer who called.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>There is no customer %1.</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Phone call (%1): %2</source>
        <translation>Phone call (%1): %2</translation>
    </message>
    <message>
        <source>Call logged.</source>
        <translation>Call logged.</translation>
    </message>
    <message>
        <source>%1: there is no attachment folder; the database is not open.</source>
        <translation>%1: there is no attachment folder; the database is not open.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Unknown sender</translation>
    </message>
    <message>
        <source>There is no agent called %1. Nothing was assigned.</source>
        <translation>There is no agent called %1. Nothing was assigned.</translation>
    </message>
    <message>
        <source>This message was imported before; nothing was stored again.</source>
        <translation>This message was imported before; nothing was stored again.</translation>
    </message>
    <message>
        <source>A written message needs a written channel: email, the app, chat or social.</source>
        <translation>A written message needs a written channel: email, the app, chat or social.</translation>
    </message>
    <message>
        <source>Message queued. This desk works without a channel gateway, so it stays queued and has not reached the customer yet.</source>
        <translation>Message queued. This desk works without a channel gateway, so it stays queued and has not reached the customer yet.</translation>
    </message>
    <message>
        <source>The conversation database is not open.</source>
        <translation>The conversation database is not open.</translation>
    </message>
    <message>
        <source>Conversation %1 no longer exists. Refresh the inbox.</source>
        <translation>Conversation %1 no longer exists. Refresh the inbox.</translation>
    </message>
    <message>
        <source>The change could not be saved, and nothing was changed. Try again.</source>
        <translation>The change could not be saved, and nothing was changed. Try again.</translation>
    </message>
    <message>
        <source>A satisfaction survey went to the customer.</source>
        <translation>A satisfaction survey went to the customer.</translation>
    </message>
    <message numerus="yes">
        <source>Satisfaction surveys went to %n customer(s).</source>
        <translation>
            <numerusform>A satisfaction survey went to %n customer.</numerusform>
            <numerusform>Satisfaction surveys went to %n customers.</numerusform>
        </translation>
    </message>
    <message>
        <source>No satisfaction survey was due.</source>
        <translation>No satisfaction survey was due.</translation>
    </message>
    <message>
        <source>A satisfaction score is a whole number from 1 (very dissatisfied) to 5 (very satisfied).</source>
        <translation>A satisfaction score is a whole number from 1 (very dissatisfied) to 5 (very satisfied).</translation>
    </message>
    <message>
        <source>Conversation %1 already has its satisfaction answer (%2 of 5, recorded %3). A survey is answered once; nothing was changed.</source>
        <translation>Conversation %1 already has its satisfaction answer (%2 of 5, recorded %3). A survey is answered once; nothing was changed.</translation>
    </message>
    <message>
        <source>Satisfaction answer (%1 of 5) queued for the server.</source>
        <translation>Satisfaction answer (%1 of 5) queued for the server.</translation>
    </message>
    <message>
        <source>No satisfaction survey went out for conversation %1, so there is no answer to record. A survey goes out when an open conversation is resolved.</source>
        <translation>No satisfaction survey went out for conversation %1, so there is no answer to record. A survey goes out when an open conversation is resolved.</translation>
    </message>
    <message>
        <source>Satisfaction answer recorded: %1 of 5.</source>
        <translation>Satisfaction answer recorded: %1 of 5.</translation>
    </message>
</context>
<context>
    <name>LocalSupervisionService</name>
    <message>
        <source>The supervision figures are for supervisors. Ask a supervisor if you need to know how the queues are doing.</source>
        <translation>The supervision figures are for supervisors. Ask a supervisor if you need to know how the queues are doing.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <source>The figures could not be read. Try again; if it keeps failing, tell IT support.</source>
        <translation>The figures could not be read. Try again; if it keeps failing, tell IT support.</translation>
    </message>
    <message>
        <source>Choose a period whose first day is not after its last day.</source>
        <translation>Choose a period whose first day is not after its last day.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>Your presence could not be saved, and nothing was changed. Try again.</source>
        <translation>Your presence could not be saved, and nothing was changed. Try again.</translation>
    </message>
    <message>
        <source>There is no agent called %1 in this database.</source>
        <translation>There is no agent called %1 in this database.</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <source>%1 is locked since %2. No new purchases can go through.</source>
        <translation>%1 is locked since %2. No new purchases can go through.</translation>
    </message>
    <message>
        <source>The card is locked</source>
        <translation>The card is locked</translation>
    </message>
    <message>
        <source>Now find out what was spent since the customer last had the card for sure.</source>
        <translation>Now find out what was spent since the customer last had the card for sure.</translation>
    </message>
    <message>
        <source>Last &amp;certain use</source>
        <translation>Last &amp;certain use</translation>
    </message>
    <message>
        <source>When the customer last used the card or saw it themselves. Everything after that is reviewed on the next page.</source>
        <translation>When the customer last used the card or saw it themselves. Everything after that is reviewed on the next page.</translation>
    </message>
</context>
<context>
    <name>LogCallDialog</name>
    <message>
        <source>Log Call</source>
        <translation>Log Call</translation>
    </message>
    <message>
        <source>No customer chosen</source>
        <translation>No customer chosen</translation>
    </message>
    <message>
        <source>Find another customer: name, number or phone</source>
        <translation>Find another customer: name, number or phone</translation>
    </message>
    <message>
        <source>What the customer wanted and what was agreed</source>
        <translation>What the customer wanted and what was agreed</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <source>No customer matches</source>
        <translation>No customer matches</translation>
    </message>
    <message>
        <source>Choose the customer…</source>
        <translation>Choose the customer…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1:%2 (running since this window opened)</source>
        <translation>%1:%2 (running since this window opened)</translation>
    </message>
    <message>
        <source>Choose the customer who called.</source>
        <translation>Choose the customer who called.</translation>
    </message>
    <message>
        <source>The call was not logged.</source>
        <translation>The call was not logged.</translation>
    </message>
</context>
<context>
    <name>LostCardWizard</name>
    <message>
        <source>Not made or allowed by the customer</source>
        <translation>Not made or allowed by the customer</translation>
    </message>
    <message>
        <source>Charged twice</source>
        <translation>Charged twice</translation>
    </message>
    <message>
        <source>Amount differs from the receipt</source>
        <translation>Amount differs from the receipt</translation>
    </message>
    <message>
        <source>Goods or service not received</source>
        <translation>Goods or service not received</translation>
    </message>
    <message>
        <source>Subscription already cancelled</source>
        <translation>Subscription already cancelled</translation>
    </message>
    <message>
        <source>The customer could not be found.</source>
        <translation>The customer could not be found.</translation>
    </message>
    <message>
        <source>The workflow has not started yet.</source>
        <translation>The workflow has not started yet.</translation>
    </message>
    <message>
        <source>The card %1 stays locked. The workflow is saved; you or a colleague can resume it from the customer view.</source>
        <translation>The card %1 stays locked. The workflow is saved; you or a colleague can resume it from the customer view.</translation>
    </message>
    <message>
        <source>The workflow is saved; you or a colleague can resume it from the customer view.</source>
        <translation>The workflow is saved; you or a colleague can resume it from the customer view.</translation>
    </message>
    <message>
        <source>Lost, stolen or damaged card</source>
        <translation>Lost, stolen or damaged card</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>MacroCatalog</name>
    <message>
        <source>Cannot open the macro file %1: %2</source>
        <translation>Cannot open the macro file %1: %2</translation>
    </message>
    <message>
        <source>The macro file %1 is too large.</source>
        <translation>The macro file %1 is too large.</translation>
    </message>
    <message>
        <source>The macro file %1 is not valid JSON: %2 at offset %3</source>
        <translation>The macro file %1 is not valid JSON: %2 at offset %3</translation>
    </message>
    <message>
        <source>The macro file %1 has no &quot;macros&quot; list.</source>
        <translation>The macro file %1 has no &quot;macros&quot; list.</translation>
    </message>
    <message>
        <source>Macro number %1 is not an object.</source>
        <translation>Macro number %1 is not an object.</translation>
    </message>
    <message>
        <source>Macro number %1 has no id.</source>
        <translation>Macro number %1 has no id.</translation>
    </message>
    <message>
        <source>The macro id &quot;%1&quot; appears twice.</source>
        <translation>The macro id &quot;%1&quot; appears twice.</translation>
    </message>
    <message>
        <source>The macro &quot;%1&quot; has no valid titles.</source>
        <translation>The macro &quot;%1&quot; has no valid titles.</translation>
    </message>
    <message>
        <source>The macro &quot;%1&quot; has no valid bodies.</source>
        <translation>The macro &quot;%1&quot; has no valid bodies.</translation>
    </message>
    <message>
        <source>The macro &quot;%1&quot; has no English title or body.</source>
        <translation>The macro &quot;%1&quot; has no English title or body.</translation>
    </message>
    <message>
        <source>The topics of macro &quot;%1&quot; are not a list.</source>
        <translation>The topics of macro &quot;%1&quot; are not a list.</translation>
    </message>
    <message>
        <source>The macro &quot;%1&quot; has an invalid topic.</source>
        <translation>The macro &quot;%1&quot; has an invalid topic.</translation>
    </message>
    <message>
        <source>The macro shortcut &quot;%1&quot; appears twice.</source>
        <translation>The macro shortcut &quot;%1&quot; appears twice.</translation>
    </message>
</context>
<context>
    <name>MacroPicker</name>
    <message>
        <source>Insert a Macro</source>
        <translation>Insert a Macro</translation>
    </message>
    <message>
        <source>Type to filter macros…</source>
        <translation>Type to filter macros…</translation>
    </message>
    <message>
        <source>No macro matches.</source>
        <translation>No macro matches.</translation>
    </message>
    <message>
        <source>Enter inserts the macro in the customer&apos;s language (%1). Esc closes.</source>
        <translation>Enter inserts the macro in the customer&apos;s language (%1). Esc closes.</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Find Customer</source>
        <translation>&amp;Find Customer</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>&amp;About CardDesk</source>
        <translation>&amp;About CardDesk</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>agent name · role</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
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
        <translation>About CardDesk</translation>
    </message>
    <message>
        <source>The customer-service console for card issuers: customers, cards and conversations in one window.</source>
        <translation>The customer-service console for card issuers: customers, cards and conversations in one window.</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Built with Qt %1.</translation>
    </message>
    <message>
        <source>&amp;Lost or Stolen Card…</source>
        <translation>&amp;Lost or Stolen Card…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>&amp;Audit Log…</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>NationalIdField</name>
    <message>
        <source>The number could not be revealed.</source>
        <translation>The number could not be revealed.</translation>
    </message>
    <message>
        <source>Reveal…</source>
        <translation>Reveal…</translation>
    </message>
    <message numerus="yes">
        <source>Show the full number for %n second(s). The reveal is audited.</source>
        <translation>
            <numerusform>Show the full number for %n second. The reveal is audited.</numerusform>
            <numerusform>Show the full number for %n seconds. The reveal is audited.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This reveal was recorded in the audit log. Hidden again in %n second(s).</source>
        <translation>
            <numerusform>This reveal was recorded in the audit log. Hidden again in %n second.</numerusform>
            <numerusform>This reveal was recorded in the audit log. Hidden again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revealing…</source>
        <translation>Revealing…</translation>
    </message>
</context>
<context>
    <name>OpenFailureDialog</name>
    <message>
        <source>CardDesk could not open the customer database</source>
        <translation>CardDesk could not open the customer database</translation>
    </message>
    <message>
        <source>The customer database could not be opened</source>
        <translation>The customer database could not be opened</translation>
    </message>
    <message>
        <source>An unknown error occurred.</source>
        <translation>An unknown error occurred.</translation>
    </message>
    <message>
        <source>Database file: %1</source>
        <translation>Database file: %1</translation>
    </message>
    <message>
        <source>Choose Another Folder…</source>
        <translation>Choose Another Folder…</translation>
    </message>
    <message>
        <source>Move the Damaged File Aside and Start Fresh</source>
        <translation>Move the Damaged File Aside and Start Fresh</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Try Again</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>This was about a conversation or card created on this computer that the server never took (its refusal is listed before this one). Nothing was sent; do it again on the server&apos;s copy.</source>
        <translation>This was about a conversation or card created on this computer that the server never took (its refusal is listed before this one). Nothing was sent; do it again on the server&apos;s copy.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>The queue board could not be read.</source>
        <translation>The queue board could not be read.</translation>
    </message>
    <message>
        <source>The agents&apos; figures could not be read.</source>
        <translation>The agents&apos; figures could not be read.</translation>
    </message>
    <message>
        <source>The charts&apos; figures could not be computed.</source>
        <translation>The charts&apos; figures could not be computed.</translation>
    </message>
    <message>
        <source>Conversations per channel</source>
        <translation>Conversations per channel</translation>
    </message>
    <message>
        <source>First response against the SLA target</source>
        <translation>First response against the SLA target</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT) per week</source>
        <translation>Satisfaction (CSAT) per week</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No open conversations</source>
        <translation>No open conversations</translation>
    </message>
    <message>
        <source>Double-click a figure for its conversations</source>
        <translation>Double-click a figure for its conversations</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln available</source>
        <comment>agents</comment>
        <translation>
            <numerusform>%1 of %Ln available</numerusform>
            <numerusform>%1 of %Ln available</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>Computing %1…</translation>
    </message>
    <message>
        <source>%1 · computed %2</source>
        <translation>%1 · computed %2</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>Last %1 days</translation>
    </message>
    <message>
        <source>Double-click a figure to list its conversations on the Queues page</source>
        <translation>Double-click a figure to list its conversations on the Queues page</translation>
    </message>
    <message>
        <source>Double-click an agent for their open conversations on the Agents page</source>
        <translation>Double-click an agent for their open conversations on the Agents page</translation>
    </message>
</context>
<context>
    <name>PolicePage</name>
    <message>
        <source>A reference has 4 to 40 letters, digits, spaces, / - or . and at least one digit. Check it with the customer.</source>
        <translation>A reference has 4 to 40 letters, digits, spaces, / - or . and at least one digit. Check it with the customer.</translation>
    </message>
    <message>
        <source>Required: the card was stolen and purchases are disputed. Ask for the reference of the customer&apos;s police report.</source>
        <translation>Required: the card was stolen and purchases are disputed. Ask for the reference of the customer&apos;s police report.</translation>
    </message>
    <message>
        <source>Optional: if the customer has reported it to the police, note the reference.</source>
        <translation>Optional: if the customer has reported it to the police, note the reference.</translation>
    </message>
    <message>
        <source>Filed: %1</source>
        <translation>Filed: %1</translation>
    </message>
    <message>
        <source>To file: %1 (%2)</source>
        <translation>To file: %1 (%2)</translation>
    </message>
    <message>
        <source>No disputes to file.</source>
        <translation>No disputes to file.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>&amp;File disputes</source>
        <translation>&amp;File disputes</translation>
    </message>
    <message>
        <source>Dispute filed: %1</source>
        <translation>Dispute filed: %1</translation>
    </message>
    <message>
        <source>Police report</source>
        <translation>Police report</translation>
    </message>
    <message>
        <source>The disputes are filed when you continue.</source>
        <translation>The disputes are filed when you continue.</translation>
    </message>
    <message>
        <source>Police &amp;reference</source>
        <translation>Police &amp;reference</translation>
    </message>
    <message>
        <source>e.g. 5500/R/12345/26</source>
        <translation>e.g. 5500/R/12345/26</translation>
    </message>
</context>
<context>
    <name>PresenceButton</name>
    <message>
        <source>Your presence, as supervisors see it. Click to change it.</source>
        <translation>Your presence, as supervisors see it. Click to change it.</translation>
    </message>
    <message>
        <source>Presence: %1</source>
        <translation>Presence: %1</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presence</translation>
    </message>
</context>
<context>
    <name>QueueBoardModel</name>
    <message>
        <source>All queues</source>
        <translation>All queues</translation>
    </message>
    <message>
        <source>all queues</source>
        <translation>all queues</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>queue, channel</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 in %2. Double-click or press Enter to list them.</source>
        <translation>%1 in %2. Double-click or press Enter to list them.</translation>
    </message>
    <message>
        <source>Oldest waiting (minutes)</source>
        <translation>Oldest waiting (minutes)</translation>
    </message>
    <message>
        <source>New, or not assigned to anyone yet</source>
        <translation>New, or not assigned to anyone yet</translation>
    </message>
    <message>
        <source>Assigned to an agent, open or on hold</source>
        <translation>Assigned to an agent, open or on hold</translation>
    </message>
    <message>
        <source>Waiting for the customer&apos;s answer</source>
        <translation>Waiting for the customer&apos;s answer</translation>
    </message>
    <message>
        <source>How long the oldest waiting conversation has waited</source>
        <translation>How long the oldest waiting conversation has waited</translation>
    </message>
    <message>
        <source>The SLA deadline that applies now falls within the next hour</source>
        <translation>The SLA deadline that applies now falls within the next hour</translation>
    </message>
    <message>
        <source>The SLA deadline that applies now has passed</source>
        <translation>The SLA deadline that applies now has passed</translation>
    </message>
    <message>
        <source>Waiting, in progress and pending customer together</source>
        <translation>Waiting, in progress and pending customer together</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation>Oldest waiting</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
</context>
<context>
    <name>QueueBoardPage</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The queue board could not be read.</source>
        <translation>The queue board could not be read.</translation>
    </message>
    <message>
        <source>No open conversations</source>
        <translation>No open conversations</translation>
    </message>
    <message>
        <source>Double-click a figure for its conversations</source>
        <translation>Double-click a figure for its conversations</translation>
    </message>
    <message>
        <source>%1 in progress · %2 pending</source>
        <translation>%1 in progress · %2 pending</translation>
    </message>
    <message>
        <source>New or not assigned</source>
        <translation>New or not assigned</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>queue, channel</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation>Nobody is waiting</translation>
    </message>
    <message>
        <source>Deadline within the hour</source>
        <translation>Deadline within the hour</translation>
    </message>
    <message>
        <source>%1 of open conversations</source>
        <translation>%1 of open conversations</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Double-click a figure, or select it and press Enter, to list the conversations behind it.</source>
        <translation>Double-click a figure, or select it and press Enter, to list the conversations behind it.</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>All queues</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>figure · where</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>None now. The figures have moved since the board was read.</source>
        <translation>None now. The figures have moved since the board was read.</translation>
    </message>
    <message>
        <source>%1 shown, more as you scroll</source>
        <translation>%1 shown, more as you scroll</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln conversation</numerusform>
            <numerusform>%Ln conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>Open conversations</source>
        <translation>Open conversations</translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation>Oldest waiting</translation>
    </message>
    <message>
        <source>Breached SLA</source>
        <translation>Breached SLA</translation>
    </message>
    <message>
        <source>Queues by channel</source>
        <translation>Queues by channel</translation>
    </message>
    <message>
        <source>Queue board</source>
        <translation>Queue board</translation>
    </message>
    <message>
        <source>Conversations behind the figure</source>
        <translation>Conversations behind the figure</translation>
    </message>
</context>
<context>
    <name>RemoteAuditService</name>
    <message>
        <source>The audit log is on the server; it cannot be read while offline. Try again when the status bar says online.</source>
        <translation>The audit log is on the server; it cannot be read while offline. Try again when the status bar says online.</translation>
    </message>
    <message>
        <source>The server refused to read the audit log: %1</source>
        <translation>The server refused to read the audit log: %1</translation>
    </message>
    <message>
        <source>The server could not read the audit log. Try again; if it keeps failing, tell IT support.</source>
        <translation>The server could not read the audit log. Try again; if it keeps failing, tell IT support.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>There is no customer %1.</translation>
    </message>
    <message>
        <source>There is no card #%1.</source>
        <translation>There is no card #%1.</translation>
    </message>
    <message>
        <source>On the server, a card&apos;s last four digits are looked up among one customer&apos;s cards: enter the customer number too, or the card&apos;s id, such as #45.</source>
        <translation>On the server, a card&apos;s last four digits are looked up among one customer&apos;s cards: enter the customer number too, or the card&apos;s id, such as #45.</translation>
    </message>
    <message>
        <source>Customer %1 has no card ending in %2.</source>
        <translation>Customer %1 has no card ending in %2.</translation>
    </message>
</context>
<context>
    <name>RemoteBackend</name>
    <message>
        <source>The certificate authorities in %1 could not be used: %2</source>
        <translation>The certificate authorities in %1 could not be used: %2</translation>
    </message>
    <message>
        <source>The cache %1 belongs to the server %2, not %3. Start with another data folder, or delete the cache file.</source>
        <translation>The cache %1 belongs to the server %2, not %3. Start with another data folder, or delete the cache file.</translation>
    </message>
    <message>
        <source>The cache could not be prepared: %1</source>
        <translation>The cache could not be prepared: %1</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation>The server did not accept the user name or password.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached (%2). Check the address and the network.</source>
        <translation>The server %1 cannot be reached (%2). Check the address and the network.</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Signing in failed: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the sign-in could not be read: %1</source>
        <translation>The server&apos;s answer to the sign-in could not be read: %1</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>The server refused %1: %2</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <source>The server did not accept the password.</source>
        <translation>The server did not accept the password.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). Your work waits on this computer; sign in again when the connection is back.</source>
        <translation>The server cannot be reached (%1). Your work waits on this computer; sign in again when the connection is back.</translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Sign in with your password.</source>
        <translation>Your session on %1 has ended. Sign in with your password.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached (%2), and %3 has not signed in on this computer before, so there is nothing to work on offline. Check the network and start again.</source>
        <translation>The server %1 cannot be reached (%2), and %3 has not signed in on this computer before, so there is nothing to work on offline. Check the network and start again.</translation>
    </message>
    <message>
        <source>The desk&apos;s history is being read from the server. Until it is in, figures from before this console&apos;s first sign-in may be incomplete; they fill in by themselves.</source>
        <translation>The desk&apos;s history is being read from the server. Until it is in, figures from before this console&apos;s first sign-in may be incomplete; they fill in by themselves.</translation>
    </message>
    <message>
        <source>The desk&apos;s history could not be read from the server yet, so figures from before this console&apos;s first sign-in may be incomplete. It is read again when the server can be reached.</source>
        <translation>The desk&apos;s history could not be read from the server yet, so figures from before this console&apos;s first sign-in may be incomplete. It is read again when the server can be reached.</translation>
    </message>
</context>
<context>
    <name>RemoteCardService</name>
    <message>
        <source>The server could not be asked for all of this card&apos;s transactions: these are the ones this computer has, and some may be missing. Look again when the status bar says online.</source>
        <translation>The server could not be asked for all of this card&apos;s transactions: these are the ones this computer has, and some may be missing. Look again when the status bar says online.</translation>
    </message>
</context>
<context>
    <name>RemoteCustomerService</name>
    <message>
        <source>The server refused the search: %1</source>
        <translation>The server refused the search: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached: these results are from this computer&apos;s copy and may be out of date.</source>
        <translation>The server cannot be reached: these results are from this computer&apos;s copy and may be out of date.</translation>
    </message>
    <message>
        <source>There is no such customer on the server.</source>
        <translation>There is no such customer on the server.</translation>
    </message>
    <message>
        <source>The server cannot be reached and this customer has not been opened on this computer before.</source>
        <translation>The server cannot be reached and this customer has not been opened on this computer before.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>The server&apos;s answer could not be read.</translation>
    </message>
    <message>
        <source>Say why you need to see the identity number; the reason is recorded in the audit log.</source>
        <translation>Say why you need to see the identity number; the reason is recorded in the audit log.</translation>
    </message>
    <message>
        <source>This reveal was recorded in the server&apos;s audit log.</source>
        <translation>This reveal was recorded in the server&apos;s audit log.</translation>
    </message>
    <message>
        <source>The server&apos;s answer held no identity number.</source>
        <translation>The server&apos;s answer held no identity number.</translation>
    </message>
    <message>
        <source>The server refused to show the identity number: %1</source>
        <translation>The server refused to show the identity number: %1</translation>
    </message>
    <message>
        <source>The full identity number is kept on the server only, which cannot be reached now. Try again when the status bar says online.</source>
        <translation>The full identity number is kept on the server only, which cannot be reached now. Try again when the status bar says online.</translation>
    </message>
</context>
<context>
    <name>RemoteInboxService</name>
    <message>
        <source>This conversation is not on this computer and the server cannot be reached. Try again when the connection is back.</source>
        <translation>This conversation is not on this computer and the server cannot be reached. Try again when the connection is back.</translation>
    </message>
    <message>
        <source>%1: in remote mode e-mail is imported on the server, not in the console.</source>
        <translation>%1: in remote mode e-mail is imported on the server, not in the console.</translation>
    </message>
</context>
<context>
    <name>ReplacementPage</name>
    <message>
        <source>A new card with a new number. %1 is closed for good when you order it.</source>
        <translation>A new card with a new number. %1 is closed for good when you order it.</translation>
    </message>
    <message>
        <source>A new card with the same number. %1 keeps working until the new one is activated.</source>
        <translation>A new card with the same number. %1 keeps working until the new one is activated.</translation>
    </message>
    <message>
        <source>Registered address: %1
Phone: %2
Email: %3</source>
        <translation>Registered address: %1
Phone: %2
Email: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>⚠ A card sent to this address did not arrive (%1). Confirm the address, or choose a pickup point.</source>
        <translation>⚠ A card sent to this address did not arrive (%1). Confirm the address, or choose a pickup point.</translation>
    </message>
    <message>
        <source>✓ The customer is strongly verified.</source>
        <translation>✓ The customer is strongly verified.</translation>
    </message>
    <message>
        <source>Another address than the registered one needs strong verification: verify the customer with bank ID or in the app.</source>
        <translation>Another address than the registered one needs strong verification: verify the customer with bank ID or in the app.</translation>
    </message>
    <message>
        <source>&amp;Order replacement</source>
        <translation>&amp;Order replacement</translation>
    </message>
    <message>
        <source>&amp;Close the card</source>
        <translation>&amp;Close the card</translation>
    </message>
    <message>
        <source>Verification failed: send the card to the registered address, or verify again.</source>
        <translation>Verification failed: send the card to the registered address, or verify again.</translation>
    </message>
    <message>
        <source>The card could not be read again.</source>
        <translation>The card could not be read again.</translation>
    </message>
    <message>
        <source>closed without a replacement</source>
        <translation>closed without a replacement</translation>
    </message>
    <message>
        <source>Replacement card</source>
        <translation>Replacement card</translation>
    </message>
    <message>
        <source>How the new card travels, and its PIN.</source>
        <translation>How the new card travels, and its PIN.</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>By &amp;post to the registered address (5 business days)</source>
        <translation>By &amp;post to the registered address (5 business days)</translation>
    </message>
    <message>
        <source>To a p&amp;ickup point</source>
        <translation>To a p&amp;ickup point</translation>
    </message>
    <message>
        <source>E&amp;xpedited by courier to the registered address (2 business days)</source>
        <translation>E&amp;xpedited by courier to the registered address (2 business days)</translation>
    </message>
    <message>
        <source>No replacement: close the card only</source>
        <translation>No replacement: close the card only</translation>
    </message>
    <message>
        <source>Verified with &amp;bank ID</source>
        <translation>Verified with &amp;bank ID</translation>
    </message>
    <message>
        <source>Confirmed in the &amp;app</source>
        <translation>Confirmed in the &amp;app</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>Verification failed</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>&amp;Keep the current PIN</source>
        <translation>&amp;Keep the current PIN</translation>
    </message>
    <message>
        <source>&amp;New PIN, sent by letter separately</source>
        <translation>&amp;New PIN, sent by letter separately</translation>
    </message>
    <message>
        <source>Address, phone and email &amp;confirmed with the customer (changes need strong verification: edit them in the customer view)</source>
        <translation>Address, phone and email &amp;confirmed with the customer (changes need strong verification: edit them in the customer view)</translation>
    </message>
</context>
<context>
    <name>RevealReasonDialog</name>
    <message>
        <source>Reveal national identity number</source>
        <translation>Reveal national identity number</translation>
    </message>
    <message>
        <source>The full number is shown for 30 seconds. The reveal, with your name and the reason, is recorded in the audit log.</source>
        <translation>The full number is shown for 30 seconds. The reveal, with your name and the reason, is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>Customer verification</source>
        <translation>Customer verification</translation>
    </message>
    <message>
        <source>Fraud investigation</source>
        <translation>Fraud investigation</translation>
    </message>
    <message>
        <source>Legal request</source>
        <translation>Legal request</translation>
    </message>
    <message>
        <source>Other (describe below)</source>
        <translation>Other (describe below)</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <source>Required: why is the number needed?</source>
        <translation>Required: why is the number needed?</translation>
    </message>
    <message>
        <source>Optional, for example a case number</source>
        <translation>Optional, for example a case number</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Since %1. Ask about each one: press R if the customer recognises it, N if not. Purchases the customer does not recognise are disputed.</source>
        <translation>Since %1. Ask about each one: press R if the customer recognises it, N if not. Purchases the customer does not recognise are disputed.</translation>
    </message>
    <message>
        <source>The transactions could not be read: %1</source>
        <translation>The transactions could not be read: %1</translation>
    </message>
    <message>
        <source>No transactions since then.</source>
        <translation>No transactions since then.</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <source>✓ Recognised</source>
        <translation>✓ Recognised</translation>
    </message>
    <message>
        <source>✕ Not recognised</source>
        <translation>✕ Not recognised</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Ask</translation>
    </message>
    <message>
        <source>Dispute: %1</source>
        <translation>Dispute: %1</translation>
    </message>
    <message>
        <source>Disputes of purchases the customer did not make</source>
        <translation>Disputes of purchases the customer did not make</translation>
    </message>
    <message>
        <source>Review what was spent</source>
        <translation>Review what was spent</translation>
    </message>
    <message>
        <source>Every transaction since the last certain use, newest first.</source>
        <translation>Every transaction since the last certain use, newest first.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Merchant</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Customer says</source>
        <translation>Customer says</translation>
    </message>
    <message>
        <source>Recognised (R)</source>
        <translation>Recognised (R)</translation>
    </message>
    <message>
        <source>Not recognised (N)</source>
        <translation>Not recognised (N)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>The customer &amp;declares they neither made nor allowed the purchases marked not recognised</source>
        <translation>The customer &amp;declares they neither made nor allowed the purchases marked not recognised</translation>
    </message>
    <message>
        <source>Receipt: </source>
        <translation>Receipt: </translation>
    </message>
    <message>
        <source>When it should have arrived</source>
        <translation>When it should have arrived</translation>
    </message>
    <message>
        <source>The customer has contacted the merchant</source>
        <translation>The customer has contacted the merchant</translation>
    </message>
    <message>
        <source>When the customer cancelled</source>
        <translation>When the customer cancelled</translation>
    </message>
</context>
<context>
    <name>ScreenshotRunner</name>
    <message>
        <source>Timed out after %1 seconds before the window reached the requested state.</source>
        <translation>Timed out after %1 seconds before the window reached the requested state.</translation>
    </message>
    <message>
        <source>Unknown view “%1”. Known views: %2.</source>
        <translation>Unknown view “%1”. Known views: %2.</translation>
    </message>
    <message>
        <source>The customer database could not be opened: %1</source>
        <translation>The customer database could not be opened: %1</translation>
    </message>
    <message>
        <source>The window could not be captured.</source>
        <translation>The window could not be captured.</translation>
    </message>
    <message>
        <source>Could not write “%1”. Check the folder exists and is writable.</source>
        <translation>Could not write “%1”. Check the folder exists and is writable.</translation>
    </message>
    <message>
        <source>Saved %1 (%2×%3).</source>
        <translation>Saved %1 (%2×%3).</translation>
    </message>
    <message>
        <source>This backend has no inbox.</source>
        <translation>This backend has no inbox.</translation>
    </message>
    <message>
        <source>The audit log is for supervisors. Sign in as one, for example with --agent riikka.nurmi (a demo supervisor).</source>
        <translation>The audit log is for supervisors. Sign in as one, for example with --agent riikka.nurmi (a demo supervisor).</translation>
    </message>
    <message>
        <source>The audit log did not open.</source>
        <translation>The audit log did not open.</translation>
    </message>
    <message>
        <source>The card workflow did not open.</source>
        <translation>The card workflow did not open.</translation>
    </message>
    <message>
        <source>The card workflow closed before it was captured.</source>
        <translation>The card workflow closed before it was captured.</translation>
    </message>
    <message>
        <source>The replacement page is not as expected.</source>
        <translation>The replacement page is not as expected.</translation>
    </message>
    <message>
        <source>The supervision workspace is for supervisors. Sign in as one, for example with --agent riikka.nurmi (a demo supervisor).</source>
        <translation>The supervision workspace is for supervisors. Sign in as one, for example with --agent riikka.nurmi (a demo supervisor).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Everything in the customer lookup can be done from the keyboard.</source>
        <translation>Everything in the customer lookup can be done from the keyboard.</translation>
    </message>
    <message>
        <source>Find a customer (from anywhere)</source>
        <translation>Find a customer (from anywhere)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Search as you type: name, phone, email, customer number, card last four</source>
        <translation>Search as you type: name, phone, email, customer number, card last four</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Move from the search field into the results</source>
        <translation>Move from the search field into the results</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Up / Down</translation>
    </message>
    <message>
        <source>Move between results; the selected customer is shown on the right</source>
        <translation>Move between results; the selected customer is shown on the right</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the selected customer</source>
        <translation>Open the selected customer</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the search and return to the search field</source>
        <translation>Clear the search and return to the search field</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>Show this list</translation>
    </message>
    <message>
        <source>Quit CardDesk</source>
        <translation>Quit CardDesk</translation>
    </message>
    <message>
        <source>Lost, stolen or damaged card: the guided workflow for the customer on screen</source>
        <translation>Lost, stolen or damaged card: the guided workflow for the customer on screen</translation>
    </message>
    <message>
        <source>R / N</source>
        <translation>R / N</translation>
    </message>
    <message>
        <source>In the workflow&apos;s review: the customer recognises the transaction, or not</source>
        <translation>In the workflow&apos;s review: the customer recognises the transaction, or not</translation>
    </message>
    <message>
        <source>Inbox: show or hide the customer panel</source>
        <translation>Inbox: show or hide the customer panel</translation>
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
        <translation>Card identified — &amp;lock now</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Ask which card, and what happened. The card is locked as soon as you continue: identifying the card is enough for a protective lock.</source>
        <translation>Ask which card, and what happened. The card is locked as soon as you continue: identifying the card is enough for a protective lock.</translation>
    </message>
    <message>
        <source>A damaged card keeps working until its replacement is activated; nothing is locked.</source>
        <translation>A damaged card keeps working until its replacement is activated; nothing is locked.</translation>
    </message>
    <message>
        <source>Someone else may have the card&apos;s details. The card is locked now and replaced with a new number.</source>
        <translation>Someone else may have the card&apos;s details. The card is locked now and replaced with a new number.</translation>
    </message>
    <message>
        <source>The card is locked as soon as you continue. A lock can be lifted if the card turns up.</source>
        <translation>The card is locked as soon as you continue. A lock can be lifted if the card turns up.</translation>
    </message>
    <message>
        <source>The card %1 was already locked; it stays locked.</source>
        <translation>The card %1 was already locked; it stays locked.</translation>
    </message>
    <message>
        <source>The card is NOT locked: %1</source>
        <translation>The card is NOT locked: %1</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>What happened?</translation>
    </message>
    <message>
        <source>Lock the card first; everything else can follow.</source>
        <translation>Lock the card first; everything else can follow.</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Card</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>&amp;Lost</source>
        <translation>&amp;Lost</translation>
    </message>
    <message>
        <source>&amp;Stolen</source>
        <translation>&amp;Stolen</translation>
    </message>
    <message>
        <source>&amp;Damaged (still in the customer&apos;s hands)</source>
        <translation>&amp;Damaged (still in the customer&apos;s hands)</translation>
    </message>
    <message>
        <source>C&amp;ompromised (someone else used the card&apos;s details)</source>
        <translation>C&amp;ompromised (someone else used the card&apos;s details)</translation>
    </message>
    <message>
        <source>In the customer&apos;s &amp;words</source>
        <translation>In the customer&apos;s &amp;words</translation>
    </message>
    <message>
        <source>Optional: where and when, what they noticed</source>
        <translation>Optional: where and when, what they noticed</translation>
    </message>
</context>
<context>
    <name>SlaPolicy</name>
    <message>
        <source>The SLA policy is not valid JSON: %1 at offset %2</source>
        <translation>The SLA policy is not valid JSON: %1 at offset %2</translation>
    </message>
    <message>
        <source>The SLA policy must be a JSON object.</source>
        <translation>The SLA policy must be a JSON object.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot; in the SLA policy.</source>
        <translation>Unknown time zone &quot;%1&quot; in the SLA policy.</translation>
    </message>
    <message>
        <source>The business hours of the SLA policy must be &quot;HH:mm&quot; with opening before closing.</source>
        <translation>The business hours of the SLA policy must be &quot;HH:mm&quot; with opening before closing.</translation>
    </message>
    <message>
        <source>The holidays of the SLA policy must be a list of dates.</source>
        <translation>The holidays of the SLA policy must be a list of dates.</translation>
    </message>
    <message>
        <source>Invalid holiday date &quot;%1&quot; in the SLA policy.</source>
        <translation>Invalid holiday date &quot;%1&quot; in the SLA policy.</translation>
    </message>
    <message>
        <source>The channels of the SLA policy must be an object.</source>
        <translation>The channels of the SLA policy must be an object.</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot; in the SLA policy.</source>
        <translation>Unknown channel &quot;%1&quot; in the SLA policy.</translation>
    </message>
    <message>
        <source>The SLA targets of channel &quot;%1&quot; must be an object.</source>
        <translation>The SLA targets of channel &quot;%1&quot; must be an object.</translation>
    </message>
    <message>
        <source>&quot;businessHours&quot; of channel &quot;%1&quot; must be true or false.</source>
        <translation>&quot;businessHours&quot; of channel &quot;%1&quot; must be true or false.</translation>
    </message>
    <message>
        <source>Unknown priority &quot;%1&quot; for channel &quot;%2&quot; in the SLA policy.</source>
        <translation>Unknown priority &quot;%1&quot; for channel &quot;%2&quot; in the SLA policy.</translation>
    </message>
    <message>
        <source>The targets of %1/%2 must be positive durations such as &quot;30s&quot;, &quot;15m&quot; or &quot;24h&quot;.</source>
        <translation>The targets of %1/%2 must be positive durations such as &quot;30s&quot;, &quot;15m&quot; or &quot;24h&quot;.</translation>
    </message>
    <message>
        <source>The resolution target of %1/%2 is shorter than its first-response target.</source>
        <translation>The resolution target of %1/%2 is shorter than its first-response target.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>as a reply to the customer&apos;s email</source>
        <translation>as a reply to the customer&apos;s email</translation>
    </message>
    <message>
        <source>in the chat</source>
        <translation>in the chat</translation>
    </message>
    <message>
        <source>as a reply to the web form</source>
        <translation>as a reply to the web form</translation>
    </message>
    <message>
        <source>as a reply on social media</source>
        <translation>as a reply on social media</translation>
    </message>
    <message>
        <source>as a message in the app</source>
        <translation>as a message in the app</translation>
    </message>
    <message>
        <source>by email to %1</source>
        <translation>by email to %1</translation>
    </message>
    <message>
        <source>Confirmation to the customer, in %1, %2</source>
        <translation>Confirmation to the customer, in %1, %2</translation>
    </message>
    <message>
        <source>Card %2 %1 (%3).</source>
        <comment>card •••• 1234 stolen (customer&apos;s words)</comment>
        <translation>Card %2 %1 (%3).</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>no details given</translation>
    </message>
    <message>
        <source>Locked at once.</source>
        <translation>Locked at once.</translation>
    </message>
    <message>
        <source>Police reference %1.</source>
        <translation>Police reference %1.</translation>
    </message>
    <message>
        <source>&amp;Send and finish</source>
        <translation>&amp;Send and finish</translation>
    </message>
    <message>
        <source>%1 locked</source>
        <translation>%1 locked</translation>
    </message>
    <message>
        <source>%1 not locked</source>
        <translation>%1 not locked</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) reviewed</source>
        <translation>
            <numerusform>%n transaction reviewed</numerusform>
            <numerusform>%n transactions reviewed</numerusform>
        </translation>
    </message>
    <message>
        <source>Police reference %1 recorded</source>
        <translation>Police reference %1 recorded</translation>
    </message>
    <message>
        <source>No replacement ordered</source>
        <translation>No replacement ordered</translation>
    </message>
    <message>
        <source>Confirmation sent to the customer</source>
        <translation>Confirmation sent to the customer</translation>
    </message>
    <message>
        <source>Confirmation to the customer: sent when you finish</source>
        <translation>Confirmation to the customer: sent when you finish</translation>
    </message>
    <message>
        <source>Internal note added</source>
        <translation>Internal note added</translation>
    </message>
    <message>
        <source>Internal note: added when you finish</source>
        <translation>Internal note: added when you finish</translation>
    </message>
    <message>
        <source>Lost, stolen or damaged card</source>
        <translation>Lost, stolen or damaged card</translation>
    </message>
    <message>
        <source>Done: %1. The confirmation is queued for the customer and the note is on the conversation.</source>
        <translation>Done: %1. The confirmation is queued for the customer and the note is on the conversation.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>What was done, and what the customer is told.</source>
        <translation>What was done, and what the customer is told.</translation>
    </message>
    <message>
        <source>Internal &amp;note (never shown to the customer)</source>
        <translation>Internal &amp;note (never shown to the customer)</translation>
    </message>
    <message numerus="yes">
        <source>Last certain use %1; %n transaction(s) reviewed, %2 disputed.</source>
        <translation>
            <numerusform>Last certain use %1; %n transaction reviewed, %2 disputed.</numerusform>
            <numerusform>Last certain use %1; %n transactions reviewed, %2 disputed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupervisionText</name>
    <message>
        <source>Available</source>
        <comment>agent presence</comment>
        <translation>Available</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>agent presence</comment>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Away</source>
        <comment>agent presence</comment>
        <translation>Away</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>agent presence</comment>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>open conversations</comment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>conversations nobody works yet</comment>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation>Pending customer</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Breached</source>
        <comment>past the SLA deadline</comment>
        <translation>Breached</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage; the number comes first</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>W%1</source>
        <comment>ISO week number, short</comment>
        <translation>W%1</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>Week %1: %2 – %3</translation>
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
        <translation>Live · updated %1</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analytics</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Audit Log</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Read the figures again now (%1). They also refresh by themselves.</source>
        <translation>Read the figures again now (%1). They also refresh by themselves.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>No keychain is available on this machine: CardDesk keeps the token for this session only and asks for the password next time</source>
        <translation>No keychain is available on this machine: CardDesk keeps the token for this session only and asks for the password next time</translation>
    </message>
    <message>
        <source>The keychain refused access, so CardDesk keeps the token for this session only and asks for the password next time.</source>
        <translation>The keychain refused access, so CardDesk keeps the token for this session only and asks for the password next time.</translation>
    </message>
    <message>
        <source>The keychain failed (%1): CardDesk keeps the token for this session only and asks for the password next time.</source>
        <translation>The keychain failed (%1): CardDesk keeps the token for this session only and asks for the password next time.</translation>
    </message>
</context>
<context>
    <name>TransactionModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Merchant</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>MCC</source>
        <comment>merchant category code</comment>
        <translation>MCC</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
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
        <translation>Passed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Verification method</source>
        <translation>Verification method</translation>
    </message>
    <message>
        <source>The caller passed this check: record it</source>
        <translation>The caller passed this check: record it</translation>
    </message>
    <message>
        <source>The caller failed this check: record it (it counts for nothing)</source>
        <translation>The caller failed this check: record it (it counts for nothing)</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Record:</translation>
    </message>
    <message>
        <source>no verification</source>
        <translation>no verification</translation>
    </message>
    <message>
        <source>the caller identifies the card (last four digits, name on the card)</source>
        <translation>the caller identifies the card (last four digits, name on the card)</translation>
    </message>
    <message>
        <source>strong verification (bank ID or a confirmation in the app)</source>
        <translation>strong verification (bank ID or a confirmation in the app)</translation>
    </message>
    <message>
        <source>Bank ID (strong)</source>
        <translation>Bank ID (strong)</translation>
    </message>
    <message>
        <source>Confirmation in the app (strong)</source>
        <translation>Confirmation in the app (strong)</translation>
    </message>
    <message>
        <source>Knowledge questions</source>
        <translation>Knowledge questions</translation>
    </message>
    <message>
        <source>Caller identified the card</source>
        <translation>Caller identified the card</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Needs:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The caller has not been verified in this call.</source>
        <translation>The caller has not been verified in this call.</translation>
    </message>
    <message>
        <source>The caller failed %1 at %2.</source>
        <translation>The caller failed %1 at %2.</translation>
    </message>
    <message>
        <source>Verified: %1 at %2.</source>
        <translation>Verified: %1 at %2.</translation>
    </message>
    <message>
        <source>%1 at %2 has expired; verify the caller again.</source>
        <translation>%1 at %2 has expired; verify the caller again.</translation>
    </message>
    <message>
        <source>%1 at %2 is not enough for this.</source>
        <translation>%1 at %2 is not enough for this.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Preparing demo data for %1 customers in %2 …</source>
        <translation>Preparing demo data for %1 customers in %2 …</translation>
    </message>
    <message>
        <source>  %1% (%2 of %3)</source>
        <translation>  %1% (%2 of %3)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Could not open %1: %2</translation>
    </message>
    <message>
        <source>Refusing to seed: %1 already holds %2 customers. Use an empty --data-dir, or move the file aside first.</source>
        <translation>Refusing to seed: %1 already holds %2 customers. Use an empty --data-dir, or move the file aside first.</translation>
    </message>
    <message>
        <source>Seeded %1 customers in %2 s.</source>
        <translation>Seeded %1 customers in %2 s.</translation>
    </message>
    <message>
        <source>CardDesk: the customer-service console for card issuers.</source>
        <translation>CardDesk: the customer-service console for card issuers.</translation>
    </message>
    <message>
        <source>Folder of the local database (&lt;dir&gt;/carddesk.sqlite).</source>
        <translation>Folder of the local database (&lt;dir&gt;/carddesk.sqlite).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Interface language: fi, sv, nb or en.</source>
        <translation>Interface language: fi, sv, nb or en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Sign in as this agent (user name).</source>
        <translation>Sign in as this agent (user name).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <source>Create a demo database of &lt;n&gt; customers in --data-dir and exit.</source>
        <translation>Create a demo database of &lt;n&gt; customers in --data-dir and exit.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Number of demo customers for an empty database (default 20000).</source>
        <translation>Number of demo customers for an empty database (default 20000).</translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation>Render the window to a PNG file and exit.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>view</source>
        <translation>view</translation>
    </message>
    <message>
        <source>Search to run before capturing.</source>
        <translation>Search to run before capturing.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Window size for the capture (WxH).</source>
        <translation>Window size for the capture (WxH).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>--demo-customers needs a number of 0 or more.</source>
        <translation>--demo-customers needs a number of 0 or more.</translation>
    </message>
    <message>
        <source>--seed-demo needs a number of customers above 0.</source>
        <translation>--seed-demo needs a number of customers above 0.</translation>
    </message>
    <message>
        <source>--lang must be one of fi, sv, nb, en.</source>
        <translation>--lang must be one of fi, sv, nb, en.</translation>
    </message>
    <message>
        <source>--size must look like 1440x900.</source>
        <translation>--size must look like 1440x900.</translation>
    </message>
    <message>
        <source>Print &quot;ready &lt;ms&gt; rss-kb &lt;kB&gt;&quot; once the window is interactive, then exit (for the start-up benchmark).</source>
        <translation>Print &quot;ready &lt;ms&gt; rss-kb &lt;kB&gt;&quot; once the window is interactive, then exit (for the start-up benchmark).</translation>
    </message>
    <message>
        <source>Screen pop for an incoming call: open the customer with this phone number (handed to a CardDesk already running on the same data).</source>
        <translation>Screen pop for an incoming call: open the customer with this phone number (handed to a CardDesk already running on the same data).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Handed the call to the CardDesk that is already running.</source>
        <translation>Handed the call to the CardDesk that is already running.</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>There is no folder %1.</translation>
    </message>
    <message>
        <source>%1 holds no .eml files; nothing was imported.</source>
        <translation>%1 holds no .eml files; nothing was imported.</translation>
    </message>
    <message>
        <source>Imported %1 message(s) from %2 file(s): %3 matched to customers, %4 already there.</source>
        <translation>Imported %1 message(s) from %2 file(s): %3 matched to customers, %4 already there.</translation>
    </message>
    <message>
        <source>Import every .eml file in &lt;dir&gt; into the inbox (MIME parsed, card numbers masked, threaded, matched to customers) and exit.</source>
        <translation>Import every .eml file in &lt;dir&gt; into the inbox (MIME parsed, card numbers masked, threaded, matched to customers) and exit.</translation>
    </message>
    <message>
        <source>Replaced the demo inbox with about %1 conversations in %2 s.</source>
        <translation>Replaced the demo inbox with about %1 conversations in %2 s.</translation>
    </message>
    <message>
        <source>The demo inbox already has about %1 conversations.</source>
        <translation>The demo inbox already has about %1 conversations.</translation>
    </message>
    <message>
        <source>With --seed-demo: about &lt;n&gt; demo conversations of five messages each (default: the density for the scale). On a database that already holds demo customers, replaces their inbox.</source>
        <translation>With --seed-demo: about &lt;n&gt; demo conversations of five messages each (default: the density for the scale). On a database that already holds demo customers, replaces their inbox.</translation>
    </message>
    <message>
        <source>--demo-conversations needs a number of 0 or more.</source>
        <translation>--demo-conversations needs a number of 0 or more.</translation>
    </message>
    <message>
        <source>View to capture: %1.</source>
        <translation>View to capture: %1.</translation>
    </message>
    <message>
        <source>Remote mode: work against the CardDesk server at &lt;url&gt; (the local database in --data-dir becomes its cache). The password comes from CARDDESK_PASSWORD, else it is asked for.</source>
        <translation>Remote mode: work against the CardDesk server at &lt;url&gt; (the local database in --data-dir becomes its cache). The password comes from CARDDESK_PASSWORD, else it is asked for.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Remote mode: also trust the certificate authorities in this PEM file.</source>
        <translation>Remote mode: also trust the certificate authorities in this PEM file.</translation>
    </message>
    <message>
        <source>pem</source>
        <translation>pem</translation>
    </message>
    <message>
        <source>--server needs an http:// or https:// address, such as https://carddesk.example:8443.</source>
        <translation>--server needs an http:// or https:// address, such as https://carddesk.example:8443.</translation>
    </message>
    <message>
        <source>--server needs --agent with your user name.</source>
        <translation>--server needs --agent with your user name.</translation>
    </message>
</context>
</TS>
