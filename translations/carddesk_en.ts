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
</context>
<context>
    <name>CommandProcessor</name>
    <message>
        <source>The change could not be saved, and nothing was changed. Try again; if it keeps failing, tell your supervisor.</source>
        <translation>The change could not be saved, and nothing was changed. Try again; if it keeps failing, tell your supervisor.</translation>
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
        <source>Blocked</source>
        <comment>card status</comment>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>card status</comment>
        <translation>Expired</translation>
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
    <name>main</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Creating %1 demo customers in %2 …</source>
        <translation>Creating %1 demo customers in %2 …</translation>
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
        <source>View to capture (lookup).</source>
        <translation>View to capture (lookup).</translation>
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
</context>
</TS>
