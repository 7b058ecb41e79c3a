#pragma once

class Router;

/// @short The inbox: conversation lists, a conversation, its messages, the inbox commands, attachment bytes.
///
/// Reads: GET /v1/conversations (the console's views, filters and sorts,
/// keyset-paged), GET /v1/conversations/{id} (ETag: its version), GET
/// .../messages (oldest first) and GET /v1/attachments/{id} (the bytes, as
/// application/octet-stream to be saved; the declared type is the metadata's).
/// Commands, each through CommandExecutor (idempotent, audited, on the change
/// feed, in one transaction): POST .../messages (conversation.reply or
/// conversation.note; no If-Match, messages only append; a reply on an alert
/// or a phone conversation is 409 no_written_channel; a card number in the
/// body is 422 card_number_in_text) and POST .../assign, .../status,
/// .../priority, .../topics (If-Match required: 428 without, 412
/// version_conflict with the conversation as it is now and who changed it).
/// An agent may take an unassigned conversation or release their own;
/// assigning to someone else, or taking over another agent's conversation,
/// is for supervisors (403 forbidden). A reply is queued: the server has no
/// channel gateway yet. The customer's side: POST
/// /v1/customers/{customerId}/calls (conversation.call: the call as the
/// customer's message in a new phone conversation or one of theirs) and
/// .../outbound-messages (conversation.outbound: a new conversation on a
/// written channel with the agent's message); both answer 201 with the
/// conversation's id and the message, and put both on the feed.
class ConversationApi
{
public:
    static void addRoutes(Router &router);
};
