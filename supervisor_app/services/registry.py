"""Every service of one unlocked session, built once and handed to the windows.

The composition root (app.py) decides what exists; pages receive this object and call it only
through the operations layer, on the vault worker that owns the session's connection.
"""

from __future__ import annotations

from dataclasses import dataclass

from supervisor_app.services.access_export import AccessExportService
from supervisor_app.services.agent_import import AgentImportService
from supervisor_app.services.audit_log import AuditLogService
from supervisor_app.services.backup import BackupService
from supervisor_app.services.coaching import CoachingService
from supervisor_app.services.documents import DocumentService
from supervisor_app.services.erasure import ErasureService
from supervisor_app.services.feedback_sheets import FeedbackSheetService
from supervisor_app.services.imports import ImportService
from supervisor_app.services.letters import LetterService
from supervisor_app.services.listening import ListeningService
from supervisor_app.services.notifications import NotificationService
from supervisor_app.services.people import PeopleService
from supervisor_app.services.policy import PolicyService
from supervisor_app.services.recordings import RecordingsService
from supervisor_app.services.recovery_key import RecoveryKeyService
from supervisor_app.services.requests import RequestsService
from supervisor_app.services.retention import RetentionService
from supervisor_app.services.session import Session
from supervisor_app.services.transparency import TransparencyService


@dataclass(frozen=True, slots=True)
class Services:
    """The use cases of one session; one instance of each, so they share what they hold.

    (The listening service remembers the listens it opened: one instance means a private
    call flagged anywhere stops every player of that recording.)
    """

    session: Session
    people: PeopleService
    recovery_key: RecoveryKeyService
    policy: PolicyService
    documents: DocumentService
    recordings: RecordingsService
    retention: RetentionService
    imports: ImportService
    listening: ListeningService
    notifications: NotificationService
    letters: LetterService
    audit_log: AuditLogService
    agent_import: AgentImportService
    backups: BackupService
    requests: RequestsService
    access_export: AccessExportService
    erasure: ErasureService
    transparency: TransparencyService
    coaching: CoachingService
    feedback_sheets: FeedbackSheetService

    @classmethod
    def for_session(cls, session: Session) -> Services:
        """Build every service for session (cheap: they hold the session, nothing else)."""
        return cls(
            session=session,
            people=PeopleService(session),
            recovery_key=RecoveryKeyService(session),
            policy=PolicyService(session),
            documents=DocumentService(session),
            recordings=RecordingsService(session),
            retention=RetentionService(session),
            imports=ImportService(session),
            listening=ListeningService(session),
            notifications=NotificationService(session),
            letters=LetterService(session),
            audit_log=AuditLogService(session),
            agent_import=AgentImportService(session),
            backups=BackupService(session),
            requests=RequestsService(session),
            access_export=AccessExportService(session),
            erasure=ErasureService(session),
            transparency=TransparencyService(session),
            coaching=CoachingService(session),
            feedback_sheets=FeedbackSheetService(session),
        )
