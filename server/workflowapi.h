#pragma once

class Router;

/// @short The lost, stolen, damaged or compromised card workflow and its disputes (tag Workflows).
///
/// POST /v1/cards/{cardId}/workflows (card.workflow.start), GET
/// /v1/workflows/{workflowId}, POST /v1/workflows/{workflowId}/save,
/// /complete and /abandon (card.workflow.save, .complete, .abandon, with
/// If-Match), POST /v1/cards/{cardId}/disputes (card.dispute.file). The rules
/// are the console's (LocalCardService, app/services/localcardworkflows.cpp)
/// and come from app/domain/cardworkflow.h: which cards a workflow is for,
/// the evidence each dispute reason needs, the police reference of a stolen
/// card. Any signed-in agent may start, resume and save any workflow: a
/// workflow is made to be picked up by a colleague.
class WorkflowApi
{
public:
    static void addRoutes(Router &router);
};
