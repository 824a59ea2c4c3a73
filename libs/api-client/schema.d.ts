/** Generated from PTC's OpenAPI document by `npm run api:types`; do not edit. */

export interface paths {
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up (restart it when this fails) */
        get: operations["checkLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database answers and every migration is applied (503 otherwise: send no traffic) */
        get: operations["checkReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness and the age of the last good backup */
        get: operations["getOperatorHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recent scheduled-job runs */
        get: operations["listJobRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with school, screen name and password (operators omit the school) */
        post: operations["logIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller and their school */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me/language": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The caller’s language for pages and emails (null: the school’s) */
        put: operations["chooseLanguage"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the own password; revokes older tokens and returns a new one */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What an emailed reset link is for (404 when unknown, used or expired) */
        get: operations["inspectPasswordResetLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with an emailed link; revokes the login's tokens and other links */
        post: operations["confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The school's logins */
        get: operations["listUsers"];
        put?: never;
        /** A login, optionally linked to a directory record (personId) */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One login */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable a login (its tokens stop working at once; its link to the directory stays) */
        post: operations["disableUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable a disabled login again, with its link to the directory */
        post: operations["enableUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/school": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's school */
        get: operations["getSchool"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/schools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every school, by name */
        get: operations["listSchools"];
        put?: never;
        /** A school with its contacts and first admin; emails the technical contact */
        post: operations["createSchool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/school-contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The school's contacts with PTC (technical; invoices and licence) */
        get: operations["getSchoolContacts"];
        /** Change the school's contacts with PTC */
        put: operations["updateSchoolContacts"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/schools/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A school's customer record: its technical and finance contacts */
        get: operations["getSchoolContactsForOperator"];
        /** Change a school's technical and finance contacts */
        put: operations["updateSchoolContactsForOperator"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/school-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The school's settings: the language of its emails to people who have not chosen one */
        get: operations["getSchoolSettings"];
        /** Change the school's settings */
        put: operations["updateSchoolSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/schools/{id}/support-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A school's support cases, newest first, with their calls and emails */
        get: operations["listSupportCasesForOperator"];
        put?: never;
        /** Open a support case with a school */
        post: operations["openSupportCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/schools/{id}/support-cases/{caseId}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log a call or an email (with its attachments, stored encrypted) in a case */
        post: operations["logSupportEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/schools/{id}/support-cases/{caseId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Close or reopen a case */
        put: operations["setSupportCaseStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/schools/{id}/support-cases/{caseId}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An attachment as received */
        get: operations["downloadSupportAttachmentForOperator"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/support-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The school's support cases with PTC's support, newest first, with their calls and emails */
        get: operations["listSupportCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/support-cases/{caseId}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An attachment of one of the school’s support cases, as received */
        get: operations["downloadSupportAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/api-credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The school’s API credentials with their last use */
        get: operations["listApiCredentials"];
        put?: never;
        /** Let a named third party read some of the school’s data (the secret is shown once) */
        post: operations["createApiCredential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/api-credentials/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a third party’s access at once */
        post: operations["revokeApiCredential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/school/third-parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The companies the school lets read some of its data in PTC, and what for */
        get: operations["listThirdParties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/sign-in-provider": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The school’s identity provider, if any, and the redirect URI to register at it */
        get: operations["getSignInProvider"];
        /** Let staff (and parents, if chosen) sign in with the school’s OpenID Connect provider */
        put: operations["setSignInProvider"];
        post?: never;
        /** Stop signing in with the provider: everyone uses passwords again */
        delete: operations["removeSignInProvider"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/{school}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How people of a school sign in: its identity provider, if any */
        get: operations["describeSchoolSignIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/{school}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Begin signing in with the school’s provider: where to send the browser */
        post: operations["startSingleSignOn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/{school}/finish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand over what the provider sent back; a PTC token for the login with the verified email */
        post: operations["finishSingleSignOn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/students": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Students (`q` searches names) */
        get: operations["listStudents"];
        put?: never;
        /** A student (not from the information system) */
        post: operations["createStudent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/students/year-labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The school's year groups (as the students' year labels), in order */
        get: operations["listYearLabels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/students/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A student with their contacts and teachers */
        get: operations["getStudent"];
        put?: never;
        post?: never;
        /** Delete a student (their future appointments are cancelled) */
        delete: operations["deleteStudent"];
        options?: never;
        head?: never;
        /** Change a student */
        patch: operations["updateStudent"];
        trace?: never;
    };
    "/api/v1/admin/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contacts: parents, guardians, carers (`q` searches names), each with their login and latest invitation */
        get: operations["listContacts"];
        put?: never;
        /** A contact (not from the information system) */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contact with their students */
        get: operations["getContact"];
        put?: never;
        post?: never;
        /** Delete a contact (their login ends; future appointments are cancelled) */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        /** Change a contact */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/api/v1/admin/contacts/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link a contact to a student with a relationship */
        post: operations["linkContactToStudent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/contacts/{id}/links/{studentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a contact’s link to a student */
        delete: operations["unlinkContactFromStudent"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/teachers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Teachers (`q` searches names, `yearLabel` keeps those of a year group), each with their login and latest invitation */
        get: operations["listTeachers"];
        put?: never;
        /** A teacher (not from the information system) */
        post: operations["createTeacher"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/teachers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A teacher with their students */
        get: operations["getTeacher"];
        put?: never;
        post?: never;
        /** Delete a teacher (their login ends; future appointments are cancelled) */
        delete: operations["deleteTeacher"];
        options?: never;
        head?: never;
        /** Change a teacher */
        patch: operations["updateTeacher"];
        trace?: never;
    };
    "/api/v1/admin/teachers/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link a teacher to a student (optional class or subject label) */
        post: operations["linkTeacherToStudent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/teachers/{id}/links/{studentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a teacher’s link to a student */
        delete: operations["unlinkTeacherFromStudent"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teacher/students": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The students linked to the calling teacher */
        get: operations["listOwnStudents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parent/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The calling parent’s contact record with their students */
        get: operations["getOwnContact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/sync/json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mirror the school’s information system from a JSON snapshot (dryRun, force) */
        post: operations["syncDirectoryJson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/sync/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mirror the school’s information system from CSV files (dryRun, force) */
        post: operations["syncDirectoryCsv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/sync/oneroster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mirror the school’s information system from OneRoster 1.1 CSV (dryRun, force) */
        post: operations["syncDirectoryOneRoster"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/sync/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How the information-system sync is set up (the school’s OneRoster orgs) */
        get: operations["getSyncSettings"];
        /** Set which OneRoster orgs are this school (for district-wide bundles) */
        put: operations["updateSyncSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/sync/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reports of past syncs */
        get: operations["listSyncRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/schools/{schoolId}/sync-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set which OneRoster orgs are a school (for its district's bundles) */
        put: operations["updateSchoolSyncSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email one-time links to create a login to contacts and teachers */
        post: operations["invitePeople"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The school and the person an emailed invitation is for (400 INVITATION.INVALID when unknown, used or expired) */
        get: operations["previewInvitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create the login an invitation offers */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/exports/contacts.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The parent list as CSV: one row per contact–student link */
        get: operations["exportContactsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/exports/contacts.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The parent list: one row per contact–student link */
        get: operations["exportContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a link to set a new password (the same answer whether or not the account exists) */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email one of the school's logins a link to set a new password */
        post: operations["sendPasswordResetToUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/schools/{schoolId}/users/{userId}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a school's login a link to set a new password */
        post: operations["sendPasswordResetForSchool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The school's parents' evenings */
        get: operations["listEvenings"];
        put?: never;
        /** A parents' evening with its sessions and teachers; slots are generated */
        post: operations["createEvening"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One evening with its sessions and teachers */
        get: operations["getEvening"];
        /** Change a draft's whole set-up (sessions and slots are made again; teachers who stay keep their hours) */
        put: operations["updateDraftEvening"];
        post?: never;
        /** Delete a draft evening with its sessions, teachers and slots (a published one is closed instead) */
        delete: operations["deleteDraftEvening"];
        options?: never;
        head?: never;
        /** Change an evening's name, place, booking window, cap, year groups or staged opening, also once published (parents with appointments are emailed when the name or place changes) */
        patch: operations["updateEveningDetails"];
        trace?: never;
    };
    "/api/v1/admin/events/{id}/teachers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A teacher joins the evening (their times are made from its sessions) */
        post: operations["addEveningTeacher"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/events/{id}/teachers/{teacherId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** A teacher leaves the evening with their times (their appointments only with cancelAffected=true: the parents are told) */
        delete: operations["removeEveningTeacher"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/events/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a draft evening (parents can see it; booking opens at opensAt) */
        post: operations["publishEvening"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/events/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close an evening (no more bookings) */
        post: operations["closeEvening"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/events/{id}/teachers/{teacherId}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** A teacher's hours, breaks and room; regenerates their slots */
        put: operations["setTeacherAvailability"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/events/{id}/grid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every slot of the evening, teacher by teacher, free, booked (with the student) or blocked, with counts */
        get: operations["getEveningGrid"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/events/{id}/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The evening's slots with their booking (optionally one teacher's) */
        get: operations["listEveningSlots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teacher/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The evenings the caller takes part in, latest first, with their own slot counts */
        get: operations["listOwnEvenings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teacher/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One evening as the caller sees it: sessions, their own hours and breaks, whether they may change them */
        get: operations["getOwnEvening"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teacher/events/{id}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The caller's own hours, breaks and room, when the school lets teachers set them; regenerates their slots */
        put: operations["setOwnAvailability"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teacher/events/{id}/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's own slots in an evening */
        get: operations["listOwnSlots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/events/{id}/slots/{slotId}/block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a free slot out of booking */
        post: operations["blockSlot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/events/{id}/slots/{slotId}/unblock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Offer a blocked slot again */
        post: operations["unblockSlot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teacher/events/{id}/slots/{slotId}/block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take one of the own free slots out of booking */
        post: operations["blockOwnSlot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teacher/events/{id}/slots/{slotId}/unblock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Offer one of the own blocked slots again */
        post: operations["unblockOwnSlot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parent/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published evenings */
        get: operations["listParentEvenings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parent/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** For each of the caller's children: their teachers' free slots and the child's appointments */
        get: operations["getParentEvening"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parent/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The family's appointments that have not ended, across evenings, in time order */
        get: operations["listParentAppointments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Book a slot for a linked student (admins name the parent with contactId) */
        post: operations["bookAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One appointment with its history */
        get: operations["getAppointment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/{id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The appointment as an iCalendar file (the same UID and SEQUENCE as its emails) */
        get: operations["getAppointmentCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an appointment (teachers give a reason); the parent is emailed */
        post: operations["cancelAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move an appointment to another free slot of the same teacher */
        post: operations["moveAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/link/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The appointment of an emailed link, without a login (until the evening ends) */
        get: operations["viewLinkedAppointment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/link/{token}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel the appointment of an emailed link, without a login */
        post: operations["cancelLinkedAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/events/{id}/bookings.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every appointment of the evening as CSV (UTF-8 with BOM, formula-safe) */
        get: operations["exportEveningBookingsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/events/{id}/teachers/{teacherId}/schedule.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One teacher's schedule of the evening as CSV (active appointments in time order) */
        get: operations["exportTeacherScheduleCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/events/{id}/bookings.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every appointment of the evening */
        get: operations["exportEveningBookings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teacher/events/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's active appointments in an evening */
        get: operations["getOwnSchedule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teacher/events/{id}/schedule.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's schedule as CSV */
        get: operations["getOwnScheduleCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teacher/events/{id}/schedule.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's schedule as an iCalendar file */
        get: operations["getOwnScheduleCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teacher/events/{id}/schedule-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A private calendar subscription address for the schedule (until 30 days after the evening) */
        get: operations["getOwnScheduleFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teacher/events/{id}/schedule-feed/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new subscription address; every earlier one stops working at once */
        post: operations["rotateOwnScheduleFeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/family/{token}/appointments.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A family's appointments for calendar apps, by its private address */
        get: operations["getFamilyCalendarFeedCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/teacher/{token}/schedule.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A teacher's schedule for calendar apps, by its private address */
        get: operations["getScheduleFeedCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parent/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the family has a calendar subscription (its address is shown only when made) */
        get: operations["getFamilyCalendarFeed"];
        put?: never;
        /** A private address for calendar apps with all the family's appointments; replaces any earlier one */
        post: operations["createFamilyCalendarFeed"];
        /** Revoke the calendar subscription (the address stops working at once) */
        delete: operations["revokeFamilyCalendarFeed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/booking-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The school’s booking rules for all its evenings */
        get: operations["getBookingSettings"];
        /** Change the school’s booking rules (how long parents may cancel; whether teachers set their own availability; when families who booked nothing are reminded; how long a freed time is held for a waiting family; the video meeting address of online evenings) */
        put: operations["updateBookingSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parent/events/{id}/schedule-proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The most compact set of free times for the teachers a parent wants to see (holds nothing); 409 SCHEDULE.NO_FIT names teachers without a fitting time */
        post: operations["proposeSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parent/events/{id}/schedule-proposals/{proposalId}/book": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Book every appointment of a proposal, or none: 409 SCHEDULE.TAKEN_MEANWHILE carries a fresh proposal in details.proposal */
        post: operations["bookScheduleProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parent/events/{id}/waiting-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The family's places on the evening's waiting lists, with positions and any time held for them */
        get: operations["listWaitingPlaces"];
        put?: never;
        /** Join a teacher's waiting list for a child (only when the teacher has no free time); joining twice keeps the first place */
        post: operations["joinWaitingList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parent/waiting-list/{placeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Leave a waiting list, or say no to the time held for the family (it passes to the next family) */
        delete: operations["leaveWaitingList"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parent/events/{id}/late-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The family's requests for appointments after booking closed, answered ones too */
        get: operations["listOwnLateRequests"];
        put?: never;
        /** Ask a teacher for an appointment after booking closed, with a note (one open request per child and teacher) */
        post: operations["askLate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/events/{id}/late-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The evening's late requests, open ones first, with who asks */
        get: operations["listLateRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teacher/events/{id}/late-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The late requests addressed to the calling teacher, open ones first */
        get: operations["listOwnLateRequestsForTeacher"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/late-requests/{requestId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept with one of the teacher's free times: booked for the family, who get the usual confirmation */
        post: operations["acceptLateRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/late-requests/{requestId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline with a reason the parent is emailed */
        post: operations["declineLateRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/processing-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Records of processing (Art. 30), generated from the classification in code */
        get: operations["getProcessingRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/deletion-certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retention purges and their per-table counts, newest first */
        get: operations["listDeletionCertificates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the school to act on your personal data (PTC passes it on) */
        post: operations["filePrivacyRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/schools/{schoolId}/privacy-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** File a request that reached the vendor for a school */
        post: operations["fileSchoolPrivacyRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/privacy/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The request queue by due date (open ones, or all) */
        get: operations["listPrivacyRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/privacy/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One request with every step */
        get: operations["getPrivacyRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/privacy/requests/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge a request */
        post: operations["acknowledgePrivacyRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/privacy/requests/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extend the deadline (at most two months in all) with a reason */
        post: operations["extendPrivacyRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/privacy/requests/{id}/fulfil": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fulfil a request (export, erasure, rectification, other) */
        post: operations["fulfilPrivacyRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/privacy/requests/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a request with a reason */
        post: operations["rejectPrivacyRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/privacy/requests/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a request with a reason */
        post: operations["closePrivacyRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy/sub-processors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sub-processors in force, announced changes and history */
        get: operations["listSubProcessors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/sub-processors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a new list (at least 30 days ahead); every school is emailed */
        post: operations["publishSubProcessors"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/privacy/usage-investigations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Past releases of usage records */
        get: operations["listUsageReleases"];
        put?: never;
        /** One user's usage records as CSV; the release is recorded with its reason */
        post: operations["releaseUsageRecords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/privacy/support-access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Support grants and every look under them */
        get: operations["listSupportAccess"];
        put?: never;
        /** Let the vendor's support look for up to 72 hours */
        post: operations["grantSupportAccess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/privacy/support-access/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a support grant now */
        post: operations["revokeSupportAccess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/schools/{schoolId}/support/usage-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user's usage records, under the school's live grant (recorded) */
        get: operations["getSupportUsageRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/privacy/erasures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The erasure ledger (ids only), oldest first */
        get: operations["listErasures"];
        put?: never;
        /** Erase a contact, teacher or student and everything held about them (one transaction; ids-only ledger) */
        post: operations["erasePerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Anonymous daily figures per region; cells under k people suppressed */
        get: operations["getStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/privacy/people/{kind}/{id}/export.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything held about one person, as JSON */
        get: operations["exportPerson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/privacy/people/{kind}/{id}/export.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything held about one person, as CSV files and metadata.json in a zip */
        get: operations["exportPersonZip"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy/schemas/person-export.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The JSON Schema of the per-person export */
        get: operations["getPersonExportSchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/privacy/school-exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whole-school exports, newest first */
        get: operations["listSchoolExports"];
        put?: never;
        /** Build a whole-school export in the background */
        post: operations["requestSchoolExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/privacy/school-exports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One whole-school export with its progress */
        get: operations["getSchoolExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/privacy/school-exports/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a ready export (for 24 hours; then 410) */
        get: operations["downloadSchoolExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Incidents with the 72-hour clock and each school’s notification and acknowledgement */
        get: operations["listIncidents"];
        put?: never;
        /** Record a security incident: its window, when it was detected, and the schools it may touch with their counts */
        post: operations["openIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/incidents/{id}/notify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email every school of the incident not told yet (through the outbox) */
        post: operations["notifyIncidentSchools"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/incidents/{id}/schools/{schoolId}/affected.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The school's people whose data the incident's window reached (CSV) */
        get: operations["exportIncidentAffectedPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/breach-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whose data in the school was read or changed in a time window, through which routes, by kind and category */
        get: operations["getBreachReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/breach-report.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people of the breach report, one row each, as the school would write to them (CSV) */
        get: operations["exportBreachReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Security incidents PTC has told the school of */
        get: operations["listSchoolIncidents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/incidents/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The school has read the incident notice */
        post: operations["acknowledgeIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/incidents/{id}/affected.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The school's people whose data the incident's window reached (CSV) */
        get: operations["exportSchoolIncidentAffectedPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/school/licence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The school's licence (readable while terminated) */
        get: operations["getOwnLicence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/licences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every school's licence, renewal, last activity and deletion date, by school name */
        get: operations["listLicences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/schools/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a payment (a reference counts once) */
        post: operations["recordPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/schools/{id}/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The licence notices sent to a school */
        get: operations["listLicenceNotices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/schools/{id}/trial": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extend a school's trial */
        post: operations["extendTrial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licensing/payment-webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The payment provider reports a payment (signed with PTC-Signature) */
        post: operations["receivePayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        HealthIndicatorView: {
            /** @enum {string} */
            status: "up" | "down";
            message?: string;
        };
        HealthCheckView: {
            /** @enum {string} */
            status: "ok" | "error";
            /** @description Indicators that are up */
            info: {
                [key: string]: components["schemas"]["HealthIndicatorView"];
            };
            /** @description Indicators that are down */
            error: {
                [key: string]: components["schemas"]["HealthIndicatorView"];
            };
            /** @description Every indicator */
            details: {
                [key: string]: components["schemas"]["HealthIndicatorView"];
            };
        };
        BackupFreshnessView: {
            /** Format: date-time */
            lastSucceededAt: string | null;
            ageHours: number | null;
            /** @description Older than BACKUP_MAX_AGE_HOURS, or none yet */
            stale: boolean;
        };
        OperatorHealthView: {
            readiness: components["schemas"]["HealthCheckView"];
            backup: components["schemas"]["BackupFreshnessView"];
        };
        JobRunView: {
            job: string;
            /** @description The hour or day the run is for */
            tick: string;
            /** @description Which instance ran it */
            instance: string;
            attempt: number;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            finishedAt: string | null;
            /** @enum {string} */
            outcome: "running" | "succeeded" | "failed";
            /** @description What the run handled */
            counts: {
                [key: string]: number;
            } | null;
            error: string | null;
        };
        AccessTokenView: {
            /** @description Send as `Authorization: Bearer <token>` */
            accessToken: string;
            /** @enum {string} */
            tokenType: "Bearer";
            /** @description Seconds until the token ends */
            expiresIn: number;
        };
        LoginDto: {
            /**
             * @description The school's slug; omitted for platform operators
             * @example demo
             */
            school?: string;
            /** @example admin */
            screenName: string;
            password: string;
        };
        SchoolSummaryView: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The sign-in name of the school */
            slug: string;
            /** @example Europe/London */
            timezone: string;
        };
        MeView: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description None for platform operators
             */
            schoolId: string | null;
            /** @enum {string} */
            role: "operator" | "school_admin" | "teacher" | "parent" | "third_party";
            /**
             * Format: uuid
             * @description The directory record (contact or teacher) this login belongs to
             */
            personId: string | null;
            screenName: string;
            /** @enum {string} */
            status: "active" | "disabled";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastLoginAt: string | null;
            /** @description None for platform operators */
            school: components["schemas"]["SchoolSummaryView"] | null;
            /**
             * @description The language the user chose; none: the school’s
             * @enum {string|null}
             */
            language: "en" | "es" | null;
        };
        LanguageChoiceDto: {
            /**
             * @description The language of the pages and emails; null: the school’s
             * @enum {string|null}
             */
            language: "en" | "es" | null;
        };
        ChangePasswordDto: {
            currentPassword: string;
            newPassword: string;
        };
        SchoolNameView: {
            name: string;
            /** @description The sign-in name of the school */
            slug: string;
        };
        PasswordResetLinkView: {
            school: components["schemas"]["SchoolNameView"];
            screenName: string;
            /** Format: date-time */
            expiresAt: string;
        };
        PasswordResetDoneView: {
            /** @description The school to sign in to */
            school: string;
            /** @description The screen name to sign in with */
            screenName: string;
        };
        PasswordResetConfirmDto: {
            /** @description From the emailed link */
            token: string;
            newPassword: string;
        };
        UserView: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description None for platform operators
             */
            schoolId: string | null;
            /** @enum {string} */
            role: "operator" | "school_admin" | "teacher" | "parent" | "third_party";
            /**
             * Format: uuid
             * @description The directory record (contact or teacher) this login belongs to
             */
            personId: string | null;
            screenName: string;
            /** @enum {string} */
            status: "active" | "disabled";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastLoginAt: string | null;
        };
        UserPage: {
            items: components["schemas"]["UserView"][];
            /** @description How many there are in all, beyond this page too */
            total: number;
        };
        CreateUserDto: {
            /**
             * @description 3-64 letters, digits, dot, dash, underscore or @; case-insensitive
             * @example j.smith
             */
            screenName: string;
            /** @enum {string} */
            role: "school_admin" | "teacher" | "parent";
            password: string;
            /**
             * Format: uuid
             * @description The directory record this login belongs to: a contact for a parent, a teacher for a teacher or an admin who teaches. Without it a parent or teacher can neither book nor see a schedule.
             */
            personId?: string;
        };
        SchoolView: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The sign-in name of the school */
            slug: string;
            /** @example Europe/London */
            timezone: string;
            /** @enum {string} */
            status: "active" | "suspended";
            /** @description Whether the school's licence lets its users use PTC now */
            licenceActive: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        FirstAdminView: {
            /** Format: uuid */
            id: string;
            screenName: string;
            /** @description Only when the password was generated: shown this once */
            initialPassword?: string;
        };
        SchoolCreatedView: {
            school: components["schemas"]["SchoolView"];
            admin: components["schemas"]["FirstAdminView"];
        };
        CustomerContactDto: {
            name: string;
            email: string;
            phone?: string;
        };
        FirstAdminDto: {
            /** @example admin */
            screenName: string;
            /** @description Generated and returned once when omitted */
            password?: string;
        };
        CreateSchoolDto: {
            /** @example Riverside Primary School */
            name: string;
            /**
             * @description lower-case letters, digits and single dashes; 3-63 characters
             * @example riverside
             */
            slug: string;
            /** @example Europe/London */
            timezone: string;
            technicalContact: components["schemas"]["CustomerContactDto"];
            financeContact: components["schemas"]["CustomerContactDto"];
            admin: components["schemas"]["FirstAdminDto"];
        };
        SchoolPage: {
            items: components["schemas"]["SchoolView"][];
            /** @description How many there are in all, beyond this page too */
            total: number;
        };
        CustomerContactView: {
            name: string;
            email: string;
            phone: string | null;
        };
        SchoolContactsView: {
            /** @description Technical notices (new sub-processors, outages) */
            technicalContact: components["schemas"]["CustomerContactView"];
            /** @description Invoices and licence notices */
            financeContact: components["schemas"]["CustomerContactView"];
            /** @description Families’ replies to the emails PTC sends for the school go here */
            familiesReplyTo: string | null;
        };
        SchoolContactsDto: {
            technicalContact: components["schemas"]["CustomerContactDto"];
            financeContact: components["schemas"]["CustomerContactDto"];
            /**
             * Format: email
             * @description Families’ replies to the emails PTC sends for the school go here (Reply-To); none: to PTC’s own address
             */
            familiesReplyTo?: string | null;
        };
        SchoolSettingsView: {
            /** @enum {string} */
            language: "en" | "es";
        };
        SchoolSettingsDto: {
            /**
             * @description The language of emails to people who have not chosen one
             * @enum {string}
             */
            language: "en" | "es";
        };
        SupportAttachmentView: {
            /** Format: uuid */
            id: string;
            filename: string;
            contentType: string;
            size: number;
        };
        SupportEntryView: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            direction: "in" | "out";
            /** @enum {string} */
            channel: "call" | "email";
            counterpart: string;
            summary: string;
            message: string | null;
            attachments: components["schemas"]["SupportAttachmentView"][];
        };
        SupportCaseView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            schoolId: string;
            subject: string;
            /** @enum {string} */
            status: "open" | "closed";
            /** Format: date-time */
            openedAt: string;
            /** Format: date-time */
            closedAt: string | null;
            /** @description Oldest first */
            entries: components["schemas"]["SupportEntryView"][];
        };
        OpenSupportCaseDto: {
            /** @example Parents cannot sign in after the sync */
            subject: string;
        };
        SupportAttachmentDto: {
            /** @example screenshot.png */
            filename: string;
            /** @enum {string} */
            contentType: "application/pdf" | "image/png" | "image/jpeg" | "text/plain" | "message/rfc822";
            /** @description The file, base64 */
            contentBase64: string;
        };
        LogSupportEntryDto: {
            /**
             * Format: date-time
             * @description When the call took place or the email was sent
             */
            at: string;
            /**
             * @description 'in': the school called or wrote; 'out': the vendor did
             * @enum {string}
             */
            direction: "in" | "out";
            /** @enum {string} */
            channel: "call" | "email";
            /**
             * @description Who at the school took part
             * @example Niamh Byrne (IT)
             */
            counterpart: string;
            /** @description What was said or asked */
            summary: string;
            /** @description An email's text */
            message?: string;
            /** @description An email's attachments (each within SUPPORT_ATTACHMENT_MAX_SIZE; PDF, PNG, JPEG, plain text or an email message) */
            attachments?: components["schemas"]["SupportAttachmentDto"][];
        };
        SupportCaseStatusDto: {
            /** @enum {string} */
            status: "open" | "closed";
        };
        ApiCredentialCreatedView: {
            /** Format: uuid */
            id: string;
            name: string;
            purpose: string;
            scopes: ("bookings:read" | "directory:read" | "schedules:read")[];
            allowedRanges: string[];
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            /** @enum {string} */
            status: "active" | "expired" | "revoked";
            /** @description Send as `Authorization: Bearer <secret>`. Shown this once: PTC keeps only a hash. */
            secret: string;
        };
        CreateApiCredentialDto: {
            /**
             * @description The third party, as the school knows it
             * @example Timetable Co.
             */
            name: string;
            /**
             * @description What the school lets it do with the data
             * @example Builds the teachers’ timetables for parents’ evenings
             */
            purpose: string;
            scopes: ("bookings:read" | "directory:read" | "schedules:read")[];
            /**
             * Format: date-time
             * @description Access ends then (at most 366 days ahead)
             */
            expiresAt: string;
            /**
             * @description Addresses or CIDR ranges it calls from; none: any
             * @example [
             *       "203.0.113.0/24"
             *     ]
             */
            allowedRanges?: string[];
        };
        ApiCredentialView: {
            /** Format: uuid */
            id: string;
            name: string;
            purpose: string;
            scopes: ("bookings:read" | "directory:read" | "schedules:read")[];
            allowedRanges: string[];
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            /** @enum {string} */
            status: "active" | "expired" | "revoked";
        };
        ThirdPartyView: {
            name: string;
            purpose: string;
            scopes: ("bookings:read" | "directory:read" | "schedules:read")[];
            /** Format: date-time */
            since: string;
            /** Format: date-time */
            until: string;
        };
        SignInProviderView: {
            displayName: string;
            issuer: string;
            clientId: string;
            allowedEmailDomains: string[];
            roles: ("school_admin" | "teacher" | "parent")[];
            staffPasswordSignIn: boolean;
            /** Format: date-time */
            updatedAt: string;
        };
        SignInProviderSettingsView: {
            /** @description The redirect URI to register at the provider for PTC */
            redirectUri: string;
            /** @description None: everyone signs in with a password */
            provider: components["schemas"]["SignInProviderView"] | null;
        };
        SignInProviderDto: {
            /**
             * @description What the sign-in button says: "Sign in with …"
             * @example Riverside Google
             */
            displayName: string;
            /**
             * @description The provider's issuer URL (https; its discovery document is fetched to check it)
             * @example https://accounts.google.com
             */
            issuer: string;
            /** @description The client id PTC was given at the provider */
            clientId: string;
            /** @description The client secret; required the first time, omitted to keep the current one */
            clientSecret?: string;
            /**
             * @description Email domains people must sign in with (and their subdomains); none: any
             * @example [
             *       "riverside.sch.uk"
             *     ]
             */
            allowedEmailDomains: string[];
            /** @description Who may sign in with the provider */
            roles: ("school_admin" | "teacher" | "parent")[];
            /** @description False: teachers and admins sign in only with the provider (admins must be allowed to use it) */
            staffPasswordSignIn: boolean;
        };
        SchoolSignInView: {
            /** @description The school's provider, for the button “Sign in with …”; none: passwords only */
            providerName: string | null;
            /** @description Who may use the provider */
            providerRoles: ("school_admin" | "teacher" | "parent")[];
            /** @description False: teachers and admins must use the provider */
            staffPasswordSignIn: boolean;
        };
        SingleSignOnStartedView: {
            /** @description Where to send the browser: the provider's sign-in page */
            authorizationUrl: string;
        };
        StartSingleSignOnDto: {
            /**
             * @description The page of PTC to open afterwards (a path)
             * @example /admin/privacy
             */
            next?: string;
        };
        SingleSignOnDoneView: {
            /** @description Send as `Authorization: Bearer <token>` */
            accessToken: string;
            /** @enum {string} */
            tokenType: "Bearer";
            /** @description Seconds until the token ends */
            expiresIn: number;
            /** @description The page asked for when signing in started */
            next: string | null;
        };
        FinishSingleSignOnDto: {
            /** @description The `code` parameter the provider sent back */
            code?: string;
            /** @description The `state` parameter the provider sent back */
            state: string;
            /** @description The `iss` parameter, when the provider sends one */
            iss?: string;
            /** @description The `error` parameter, when the provider refused or the person cancelled */
            error?: string;
        };
        StudentView: {
            /** Format: uuid */
            id: string;
            /** @description The information system's id; none for records made here */
            sisId: string | null;
            firstName: string;
            lastName: string;
            yearLabel: string | null;
        };
        StudentPage: {
            items: components["schemas"]["StudentView"][];
            /** @description How many there are in all, beyond this page too */
            total: number;
        };
        String: Record<string, never>;
        AdultView: {
            /** Format: uuid */
            id: string;
            /** @description The information system's id; none for records made here */
            sisId: string | null;
            title: string | null;
            firstName: string;
            lastName: string;
            email: string | null;
            phone: string | null;
        };
        ContactOfStudentView: {
            /** @enum {string} */
            relationship: "mother" | "father" | "guardian" | "carer" | "other";
            contact: components["schemas"]["AdultView"];
        };
        TeacherOfStudentView: {
            /** @description Class or subject */
            label: string | null;
            teacher: components["schemas"]["AdultView"];
        };
        StudentDetailView: {
            /** Format: uuid */
            id: string;
            /** @description The information system's id; none for records made here */
            sisId: string | null;
            firstName: string;
            lastName: string;
            yearLabel: string | null;
            contacts: components["schemas"]["ContactOfStudentView"][];
            teachers: components["schemas"]["TeacherOfStudentView"][];
        };
        CreateStudentDto: {
            /** @description The school information system's id; records without one are left alone by syncs */
            sisId?: string;
            firstName: string;
            lastName: string;
            /** @example Year 7 */
            yearLabel?: string;
        };
        UpdateStudentDto: {
            /** @description The school information system's id; records without one are left alone by syncs */
            sisId?: string;
            firstName?: string;
            lastName?: string;
            /** @example Year 7 */
            yearLabel?: string;
        };
        PersonInvitationView: {
            /** Format: date-time */
            sentAt: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            acceptedAt: string | null;
            /** @description Not accepted and past its expiry */
            expired: boolean;
        };
        AdultWithAccessView: {
            /** Format: uuid */
            id: string;
            /** @description The information system's id; none for records made here */
            sisId: string | null;
            title: string | null;
            firstName: string;
            lastName: string;
            email: string | null;
            phone: string | null;
            /**
             * @description Their login; none: they cannot sign in yet
             * @enum {string|null}
             */
            login: "active" | "disabled" | null;
            /** @description Their latest invitation */
            invitation: components["schemas"]["PersonInvitationView"] | null;
        };
        AdultWithAccessPage: {
            items: components["schemas"]["AdultWithAccessView"][];
            /** @description How many there are in all, beyond this page too */
            total: number;
        };
        StudentOfContactView: {
            /** @enum {string} */
            relationship: "mother" | "father" | "guardian" | "carer" | "other";
            student: components["schemas"]["StudentView"];
        };
        ContactDetailView: {
            /** Format: uuid */
            id: string;
            /** @description The information system's id; none for records made here */
            sisId: string | null;
            title: string | null;
            firstName: string;
            lastName: string;
            email: string | null;
            phone: string | null;
            students: components["schemas"]["StudentOfContactView"][];
        };
        CreateAdultDto: {
            /** @description The school information system's id; records without one are left alone by syncs */
            sisId?: string;
            firstName: string;
            lastName: string;
            /** @example Dr */
            title?: string;
            email?: string;
            phone?: string;
        };
        UpdateAdultDto: {
            /** @description The school information system's id; records without one are left alone by syncs */
            sisId?: string;
            firstName?: string;
            lastName?: string;
            /** @example Dr */
            title?: string;
            email?: string;
            phone?: string;
        };
        ContactLinkView: {
            /** Format: uuid */
            contactId: string;
            /** Format: uuid */
            studentId: string;
            /** @enum {string} */
            relationship: "mother" | "father" | "guardian" | "carer" | "other";
        };
        LinkContactDto: {
            studentId: string;
            /** @enum {string} */
            relationship: "mother" | "father" | "guardian" | "carer" | "other";
        };
        StudentOfTeacherView: {
            /** @description Class or subject */
            label: string | null;
            student: components["schemas"]["StudentView"];
        };
        TeacherDetailView: {
            /** Format: uuid */
            id: string;
            /** @description The information system's id; none for records made here */
            sisId: string | null;
            title: string | null;
            firstName: string;
            lastName: string;
            email: string | null;
            phone: string | null;
            students: components["schemas"]["StudentOfTeacherView"][];
        };
        TeacherLinkView: {
            /** Format: uuid */
            teacherId: string;
            /** Format: uuid */
            studentId: string;
            label: string | null;
        };
        LinkTeacherDto: {
            studentId: string;
            /** @example Maths 7X2 */
            label?: string;
        };
        ChangeCountView: {
            add: number;
            update: number;
            delete: number;
        };
        KindPreviewView: {
            /** @description Records to add */
            add: {
                [key: string]: unknown;
            }[];
            /** @description Records to change, before and after */
            update: {
                [key: string]: unknown;
            }[];
            /** @description Records to delete */
            delete: {
                [key: string]: unknown;
            }[];
        };
        ImportedFileView: {
            file: string;
            /** @enum {string} */
            encoding: "UTF-8" | "Windows-1252";
            /**
             * @description For CSV files read
             * @enum {string}
             */
            delimiter?: "," | ";" | "\t";
        };
        OutsideSchoolView: {
            users: number;
            classes: number;
            enrollments: number;
        };
        SyncResultView: {
            /** Format: uuid */
            runId: string;
            /** @enum {string} */
            outcome: "applied" | "dry_run" | "invalid" | "refused" | "failed";
            dryRun: boolean;
            /** @description Per kind: students, contacts, teachers, contactLinks, teacherLinks */
            counts: {
                [key: string]: components["schemas"]["ChangeCountView"];
            };
            totalChanges: number;
            /** @description The first changes of each kind */
            preview: {
                [key: string]: components["schemas"]["KindPreviewView"];
            };
            /** @description Uploads: what was detected in each file */
            files?: components["schemas"]["ImportedFileView"][];
            /** @description OneRoster: rows of other orgs in a district's bundle, left out */
            outsideSchool?: components["schemas"]["OutsideSchoolView"];
        };
        StudentRecordBody: {
            /** @description The information system's id */
            sisId: string;
            firstName: string;
            lastName: string;
            yearLabel?: string | null;
        };
        AdultRecordBody: {
            /** @description The information system's id */
            sisId: string;
            title?: string | null;
            firstName: string;
            lastName: string;
            email?: string | null;
            phone?: string | null;
        };
        ContactLinkRecordBody: {
            contactSisId: string;
            studentSisId: string;
            /** @enum {string} */
            relationship: "mother" | "father" | "guardian" | "carer" | "other";
        };
        TeacherLinkRecordBody: {
            teacherSisId: string;
            studentSisId: string;
            /** @description Class or subject */
            label?: string | null;
        };
        DirectorySnapshotBody: {
            students: components["schemas"]["StudentRecordBody"][];
            contacts: components["schemas"]["AdultRecordBody"][];
            teachers: components["schemas"]["AdultRecordBody"][];
            contactLinks: components["schemas"]["ContactLinkRecordBody"][];
            teacherLinks: components["schemas"]["TeacherLinkRecordBody"][];
        };
        SyncFilesBody: {
            /** @description The CSV files, or one zip of them */
            files: string[];
        };
        SyncSettingsView: {
            /** @description The school's org sourcedIds in OneRoster bundles */
            oneRosterOrgIds: string[];
        };
        SyncSettingsDto: {
            /** @description The school's org sourcedIds in OneRoster bundles; empty: bundles must hold one school */
            oneRosterOrgIds: string[];
        };
        SyncRunView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            startedBy: string;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            finishedAt: string | null;
            /** @enum {string} */
            source: "json" | "csv" | "oneroster";
            dryRun: boolean;
            /** @enum {string} */
            outcome: "applied" | "dry_run" | "invalid" | "refused" | "failed";
            counts: {
                [key: string]: components["schemas"]["ChangeCountView"];
            } | null;
            /** @description {file, line, field, reason} of each problem */
            problems: {
                [key: string]: unknown;
            }[] | null;
            /** @description OneRoster: rows of other orgs in a district's bundle, left out */
            outsideSchool: components["schemas"]["OutsideSchoolView"] | null;
        };
        SyncRunPage: {
            items: components["schemas"]["SyncRunView"][];
            /** @description How many there are in all, beyond this page too */
            total: number;
        };
        SkippedInvitationView: {
            /** Format: uuid */
            personId: string;
            /**
             * @description `login_disabled`: the person has a login that is disabled; enable it instead of inviting
             * @enum {string}
             */
            reason: "not_found" | "no_email" | "has_account" | "login_disabled";
        };
        InvitationsSentView: {
            /** @description Emails queued */
            invited: number;
            skipped: components["schemas"]["SkippedInvitationView"][];
        };
        InviteDto: {
            /** @description Contacts to invite */
            contactIds?: string[];
            /** @description Teachers to invite */
            teacherIds?: string[];
            /** @description Invite everyone of these kinds who has an email address and no account yet */
            everyoneWithoutAccount?: string[];
        };
        InvitedPersonView: {
            firstName: string;
            lastName: string;
        };
        InvitationPreviewView: {
            school: components["schemas"]["SchoolNameView"];
            person: components["schemas"]["InvitedPersonView"];
            /** @enum {string} */
            role: "parent" | "teacher";
            /** Format: date-time */
            expiresAt: string;
        };
        InvitationAcceptedView: {
            /** Format: uuid */
            userId: string;
            screenName: string;
            /** @enum {string} */
            role: "parent" | "teacher";
            /** @description The school's sign-in name */
            school: string;
        };
        AcceptInvitationDto: {
            token: string;
            screenName: string;
            password: string;
        };
        ContactExportRowView: {
            contactTitle: string | null;
            contactFirstName: string;
            contactLastName: string;
            /** @enum {string} */
            relationship: "mother" | "father" | "guardian" | "carer" | "other";
            email: string | null;
            phone: string | null;
            studentFirstName: string;
            studentLastName: string;
            studentSisId: string | null;
        };
        PasswordResetAcceptedView: {
            /** @enum {string} */
            status: "accepted";
            message: string;
        };
        PasswordResetRequestDto: {
            /**
             * @description The school's sign-in name
             * @example demo
             */
            school: string;
            /**
             * @description The screen name, or the email address the school holds for the person
             * @example parent1
             */
            screenNameOrEmail: string;
        };
        PasswordResetSentView: {
            /**
             * @description The link went to the email address of the person the login belongs to
             * @enum {string}
             */
            sentTo: "directory-email";
            /** Format: date-time */
            expiresAt: string;
        };
        OpeningStageView: {
            yearLabels: string[];
            /** Format: date-time */
            opensAt: string;
        };
        SessionView: {
            /**
             * Format: date
             * @description Local date
             */
            date: string;
            /**
             * @description Local time
             * @example 16:00
             */
            start: string;
            /**
             * @description Local time
             * @example 19:00
             */
            end: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
        };
        FixedBreakView: {
            /** @example 17:30 */
            start: string;
            /** @example 17:45 */
            end: string;
        };
        EveningTeacherView: {
            /** Format: uuid */
            teacherId: string;
            name: string;
            location: string | null;
            /** @description The teacher’s own choice: by video (true) or in person (false); none: as the evening */
            onlineChoice: boolean | null;
            /** @description The teacher meets by video in this evening (their choice, else the evening’s) */
            online: boolean;
            /** @description Local time the teacher arrives */
            arriveAt: string | null;
            /** @description Local time the teacher leaves */
            leaveAt: string | null;
            breakEverySlots: number | null;
            breakMinutes: number | null;
            breaks: components["schemas"]["FixedBreakView"][] | null;
            /** @description Slots generated for the teacher */
            slots: number;
        };
        EveningDetailView: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            status: "draft" | "published" | "closed";
            /**
             * @description The school's IANA timezone, in which local times are given
             * @example Europe/London
             */
            timezone: string;
            slotMinutes: number;
            gapMinutes: number;
            /**
             * Format: date-time
             * @description Booking opens
             */
            opensAt: string;
            /**
             * Format: date-time
             * @description Booking closes
             */
            closesAt: string;
            location: string | null;
            /** @description Meetings are video calls (teachers may differ) */
            online: boolean;
            /** @description Year groups invited; none means every year */
            yearLabels: string[] | null;
            /** @description Year groups that may book before opensAt; none: everyone at opensAt */
            openingStages: components["schemas"]["OpeningStageView"][] | null;
            /** @description Most appointments one student may have */
            capPerStudent: number | null;
            sessions: components["schemas"]["SessionView"][];
            teachers: components["schemas"]["EveningTeacherView"][];
        };
        SessionDto: {
            /**
             * @description Local date in the school’s timezone
             * @example 2026-11-12
             */
            date: string;
            /** @example 16:00 */
            start: string;
            /** @example 19:00 */
            end: string;
        };
        OpeningStageDto: {
            /**
             * @description Year groups that may book from this time
             * @example [
             *       "Year 7"
             *     ]
             */
            yearLabels: string[];
            /**
             * @description When these year groups may start booking: before opensAt (when everyone may)
             * @example 2026-11-01T18:00:00Z
             */
            opensAt: string;
        };
        CreateEveningDto: {
            /** @example Year 7 parents’ evening */
            name: string;
            sessions: components["schemas"]["SessionDto"][];
            slotMinutes: number;
            /** @default 0 */
            gapMinutes: number;
            /** @example 2026-11-01T08:00:00Z */
            opensAt: string;
            /** @example 2026-11-12T12:00:00Z */
            closesAt: string;
            /** @description Room or video-call link */
            location?: string;
            /**
             * @description Meetings are video calls: each appointment gets its own link from the school’s video link template (booking settings)
             * @default false
             */
            online: boolean;
            /** @description Year groups the evening is for; all students when omitted */
            yearLabels?: string[];
            /** @description Staged opening: year groups that may book before opensAt; none: everyone at opensAt */
            openingStages?: components["schemas"]["OpeningStageDto"][];
            /** @description Participating teachers; default: every teacher linked to those students */
            teacherIds?: string[];
            capPerStudent?: number;
        };
        EveningView: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            status: "draft" | "published" | "closed";
            /**
             * @description The school's IANA timezone, in which local times are given
             * @example Europe/London
             */
            timezone: string;
            slotMinutes: number;
            gapMinutes: number;
            /**
             * Format: date-time
             * @description Booking opens
             */
            opensAt: string;
            /**
             * Format: date-time
             * @description Booking closes
             */
            closesAt: string;
            location: string | null;
            /** @description Meetings are video calls (teachers may differ) */
            online: boolean;
            /** @description Year groups invited; none means every year */
            yearLabels: string[] | null;
            /** @description Year groups that may book before opensAt; none: everyone at opensAt */
            openingStages: components["schemas"]["OpeningStageView"][] | null;
            /** @description Most appointments one student may have */
            capPerStudent: number | null;
        };
        EveningPage: {
            items: components["schemas"]["EveningView"][];
            /** @description How many there are in all, beyond this page too */
            total: number;
        };
        EveningDetailsDto: {
            name?: string;
            /** @description Room or place; null removes it */
            location?: string | null;
            /** @example 2026-11-01T08:00:00Z */
            opensAt?: string;
            /** @example 2026-11-12T12:00:00Z */
            closesAt?: string;
            /** @description Most appointments per student; null removes the cap */
            capPerStudent?: number | null;
            /** @description Year groups the evening is for; null: every student */
            yearLabels?: string[] | null;
            /** @description Staged opening; null: everyone at opensAt */
            openingStages?: components["schemas"]["OpeningStageDto"][] | null;
        };
        AddEveningTeacherDto: {
            /** Format: uuid */
            teacherId: string;
        };
        BreakDto: {
            /** @example 17:30 */
            start: string;
            /** @example 17:45 */
            end: string;
        };
        AvailabilityDto: {
            /**
             * @description Local time of arrival on each session day
             * @example 16:30
             */
            arriveAt?: string | null;
            /** @example 18:30 */
            leaveAt?: string | null;
            /** @description A break after every N slots */
            breakEverySlots?: number | null;
            /** @description Minutes of each break */
            breakMinutes?: number | null;
            breaks?: components["schemas"]["BreakDto"][] | null;
            /** @description The teacher’s own room or video-call link */
            location?: string | null;
            /** @description This teacher meets by video (true, each appointment with its own link) or in person (false) whatever the evening does; null or omitted: as the evening */
            online?: boolean | null;
        };
        GridTeacherView: {
            /** Format: uuid */
            teacherId: string;
            /** @description None when the teacher has left the directory */
            name: string | null;
        };
        GridSlotView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            teacherId: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /** @description Local start with its UTC offset, e.g. 2026-12-10T16:00:00+00:00 */
            localStart: string;
            /**
             * Format: uuid
             * @description The active appointment in the slot
             */
            appointmentId: string | null;
            /** @enum {string} */
            state: "free" | "booked" | "blocked";
            /** Format: uuid */
            studentId: string | null;
            studentName: string | null;
            /**
             * Format: uuid
             * @description The parent the appointment is with
             */
            contactId: string | null;
        };
        GridCountsView: {
            booked: number;
            free: number;
            blocked: number;
            /** @description Parents or carers of the evening's year groups none of whose children has an appointment yet */
            familiesNotBooked: number;
        };
        EveningGridView: {
            /** Format: uuid */
            eveningId: string;
            timezone: string;
            /** @description The evening’s teachers by name */
            teachers: components["schemas"]["GridTeacherView"][];
            /** @description Teacher by teacher, in time order */
            slots: components["schemas"]["GridSlotView"][];
            counts: components["schemas"]["GridCountsView"];
        };
        SlotView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            teacherId: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /** @description Local start with its UTC offset, e.g. 2026-12-10T16:00:00+00:00 */
            localStart: string;
            blocked: boolean;
            /**
             * Format: uuid
             * @description The active appointment in the slot
             */
            appointmentId: string | null;
        };
        SlotPage: {
            items: components["schemas"]["SlotView"][];
            /** @description How many there are in all, beyond this page too */
            total: number;
        };
        TeacherEveningSummaryView: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            status: "draft" | "published" | "closed";
            /**
             * @description The school's IANA timezone, in which local times are given
             * @example Europe/London
             */
            timezone: string;
            slotMinutes: number;
            gapMinutes: number;
            /**
             * Format: date-time
             * @description Booking opens
             */
            opensAt: string;
            /**
             * Format: date-time
             * @description Booking closes
             */
            closesAt: string;
            location: string | null;
            /** @description Meetings are video calls (teachers may differ) */
            online: boolean;
            /** @description Year groups invited; none means every year */
            yearLabels: string[] | null;
            /** @description Year groups that may book before opensAt; none: everyone at opensAt */
            openingStages: components["schemas"]["OpeningStageView"][] | null;
            /** @description Most appointments one student may have */
            capPerStudent: number | null;
            /** @description The teacher's slots in the evening */
            slots: number;
            /** @description Of them, booked */
            booked: number;
            /** @description Of them, blocked */
            blocked: number;
        };
        TeacherEveningSummaryPage: {
            items: components["schemas"]["TeacherEveningSummaryView"][];
            /** @description How many there are in all, beyond this page too */
            total: number;
        };
        TeacherEveningView: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            status: "draft" | "published" | "closed";
            /**
             * @description The school's IANA timezone, in which local times are given
             * @example Europe/London
             */
            timezone: string;
            slotMinutes: number;
            gapMinutes: number;
            /**
             * Format: date-time
             * @description Booking opens
             */
            opensAt: string;
            /**
             * Format: date-time
             * @description Booking closes
             */
            closesAt: string;
            location: string | null;
            /** @description Meetings are video calls (teachers may differ) */
            online: boolean;
            /** @description Year groups invited; none means every year */
            yearLabels: string[] | null;
            /** @description Year groups that may book before opensAt; none: everyone at opensAt */
            openingStages: components["schemas"]["OpeningStageView"][] | null;
            /** @description Most appointments one student may have */
            capPerStudent: number | null;
            /** @description The teacher's slots in the evening */
            slots: number;
            /** @description Of them, booked */
            booked: number;
            /** @description Of them, blocked */
            blocked: number;
            sessions: components["schemas"]["SessionView"][];
            /** @description The teacher's own hours, breaks and room */
            availability: components["schemas"]["EveningTeacherView"];
            /** @description The school lets teachers set their own hours and breaks */
            mayEditAvailability: boolean;
        };
        SlotBlockedView: {
            /** Format: uuid */
            id: string;
            blocked: boolean;
        };
        FreeSlotView: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /** @description Local start with its UTC offset, e.g. 2026-12-10T16:00:00+00:00 */
            localStart: string;
        };
        BookableTeacherView: {
            /** Format: uuid */
            teacherId: string;
            name: string;
            location: string | null;
            /** @description The meetings are video calls; the link comes with each appointment */
            online: boolean;
            freeSlots: components["schemas"]["FreeSlotView"][];
        };
        ParentAppointmentView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            slotId: string;
            /** Format: uuid */
            teacherId: string;
            /** Format: uuid */
            studentId: string;
            /**
             * Format: uuid
             * @description The parent or carer the appointment is with
             */
            contactId: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /** @description Local start with its UTC offset, e.g. 2026-12-10T16:00:00+00:00 */
            localStart: string;
            /** @enum {string} */
            status: "active" | "cancelled";
            /** @description Grows with every change (the calendar files’ SEQUENCE) */
            sequence: number;
            cancelReason: string | null;
            /** @description The appointment’s own video meeting when the teacher meets online; none for a cancelled appointment */
            meetingLink: string | null;
            /** @description A joint meeting: the brothers and sisters it is also about (it is listed under each) */
            jointStudentIds: string[];
            /**
             * Format: date-time
             * @description Until when the family may cancel it themselves (the school’s cut-off; never after it starts)
             */
            cancellableUntil: string;
        };
        StudentInEveningView: {
            student: components["schemas"]["StudentView"];
            /**
             * Format: date-time
             * @description When this student's family may start booking (their year group's stage, else opensAt)
             */
            bookingOpensAt: string;
            /** @description The student's teachers in the evening */
            teachers: components["schemas"]["BookableTeacherView"][];
            /** @description The student's appointments, whoever of the family booked them */
            appointments: components["schemas"]["ParentAppointmentView"][];
        };
        ParentEveningView: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            status: "draft" | "published" | "closed";
            /**
             * @description The school's IANA timezone, in which local times are given
             * @example Europe/London
             */
            timezone: string;
            slotMinutes: number;
            gapMinutes: number;
            /**
             * Format: date-time
             * @description Booking opens
             */
            opensAt: string;
            /**
             * Format: date-time
             * @description Booking closes
             */
            closesAt: string;
            location: string | null;
            /** @description Meetings are video calls (teachers may differ) */
            online: boolean;
            /** @description Year groups invited; none means every year */
            yearLabels: string[] | null;
            /** @description Year groups that may book before opensAt; none: everyone at opensAt */
            openingStages: components["schemas"]["OpeningStageView"][] | null;
            /** @description Most appointments one student may have */
            capPerStudent: number | null;
            /** @description Brothers and sisters may have one meeting together with a teacher they share */
            jointMeetings: boolean;
            students: components["schemas"]["StudentInEveningView"][];
        };
        UpcomingAppointmentView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            slotId: string;
            /** Format: uuid */
            teacherId: string;
            /** Format: uuid */
            studentId: string;
            /**
             * Format: uuid
             * @description The parent or carer the appointment is with
             */
            contactId: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /** @description Local start with its UTC offset, e.g. 2026-12-10T16:00:00+00:00 */
            localStart: string;
            /** @enum {string} */
            status: "active" | "cancelled";
            /** @description Grows with every change (the calendar files’ SEQUENCE) */
            sequence: number;
            cancelReason: string | null;
            /** @description The appointment’s own video meeting when the teacher meets online; none for a cancelled appointment */
            meetingLink: string | null;
            /** @description A joint meeting: the brothers and sisters it is also about (it is listed under each) */
            jointStudentIds: string[];
            /**
             * Format: date-time
             * @description Until when the family may cancel it themselves (the school’s cut-off; never after it starts)
             */
            cancellableUntil: string;
            eveningName: string;
            /**
             * @description The school's IANA timezone
             * @example Europe/London
             */
            timezone: string;
            /** @description None when the teacher has left the directory */
            teacherName: string | null;
            /** @description None when the student has left the directory */
            studentFirstName: string | null;
        };
        AppointmentView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            slotId: string;
            /** Format: uuid */
            teacherId: string;
            /** Format: uuid */
            studentId: string;
            /**
             * Format: uuid
             * @description The parent or carer the appointment is with
             */
            contactId: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /** @description Local start with its UTC offset, e.g. 2026-12-10T16:00:00+00:00 */
            localStart: string;
            /** @enum {string} */
            status: "active" | "cancelled";
            /** @description Grows with every change (the calendar files’ SEQUENCE) */
            sequence: number;
            cancelReason: string | null;
            /** @description The appointment’s own video meeting when the teacher meets online; none for a cancelled appointment */
            meetingLink: string | null;
            /** @description A joint meeting: the brothers and sisters it is also about (it is listed under each) */
            jointStudentIds: string[];
        };
        BookDto: {
            eventId: string;
            studentId: string;
            teacherId: string;
            slotId: string;
            /** @description A joint meeting (when the school allows them): the brothers and sisters this meeting is also about */
            jointStudentIds?: string[];
            /** @description Admins booking on a parent’s behalf name the parent (a contact id) */
            contactId?: string;
        };
        AppointmentHistoryView: {
            /** @enum {string} */
            action: "booked" | "moved" | "changed" | "cancelled";
            /**
             * Format: uuid
             * @description None when the link in an email was used
             */
            actorUserId: string | null;
            /** Format: date-time */
            at: string;
            /** @description What changed (a move’s slots, a reason) */
            detail: {
                [key: string]: unknown;
            } | null;
        };
        AppointmentDetailView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            slotId: string;
            /** Format: uuid */
            teacherId: string;
            /** Format: uuid */
            studentId: string;
            /**
             * Format: uuid
             * @description The parent or carer the appointment is with
             */
            contactId: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /** @description Local start with its UTC offset, e.g. 2026-12-10T16:00:00+00:00 */
            localStart: string;
            /** @enum {string} */
            status: "active" | "cancelled";
            /** @description Grows with every change (the calendar files’ SEQUENCE) */
            sequence: number;
            cancelReason: string | null;
            /** @description The appointment’s own video meeting when the teacher meets online; none for a cancelled appointment */
            meetingLink: string | null;
            /** @description A joint meeting: the brothers and sisters it is also about (it is listed under each) */
            jointStudentIds: string[];
            history: components["schemas"]["AppointmentHistoryView"][];
        };
        CancelDto: {
            /** @description Required when a teacher cancels; sent to the parent */
            reason?: string;
        };
        MoveDto: {
            slotId: string;
        };
        LinkedAppointmentView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            slotId: string;
            /** Format: uuid */
            teacherId: string;
            /** Format: uuid */
            studentId: string;
            /**
             * Format: uuid
             * @description The parent or carer the appointment is with
             */
            contactId: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /** @description Local start with its UTC offset, e.g. 2026-12-10T16:00:00+00:00 */
            localStart: string;
            /** @enum {string} */
            status: "active" | "cancelled";
            /** @description Grows with every change (the calendar files’ SEQUENCE) */
            sequence: number;
            cancelReason: string | null;
            /** @description The appointment’s own video meeting when the teacher meets online; none for a cancelled appointment */
            meetingLink: string | null;
            /** @description A joint meeting: the brothers and sisters it is also about (it is listed under each) */
            jointStudentIds: string[];
            /** @description The evening's name */
            evening: string;
            /**
             * @description The school's IANA timezone, in which the appointment's local time is given
             * @example Europe/London
             */
            timezone: string;
            /** @description None when the teacher has left the directory */
            teacher: string | null;
            /** @description None when the student has left the directory */
            student: string | null;
        };
        BookingRowView: {
            /**
             * Format: date
             * @description Local date
             */
            date: string;
            /** @description Local start time */
            time: string;
            /** @description Local end time */
            endTime: string;
            /**
             * @description Local start with its UTC offset (ISO 8601): on a clock-change day a local time can happen twice
             * @example 2027-10-31T01:30:00+01:00
             */
            startsAt: string;
            /**
             * @description Local end with its UTC offset (ISO 8601)
             * @example 2027-10-31T01:40:00+01:00
             */
            endsAt: string;
            teacher: string;
            studentFirstName: string;
            studentLastName: string;
            studentSisId: string | null;
            contactTitle: string | null;
            contactFirstName: string;
            contactLastName: string;
            relationship: string | null;
            email: string | null;
            phone: string | null;
            /**
             * @description `past_person_removed`: it took place, and its student, parent or teacher has left the directory since
             * @enum {string}
             */
            status: "active" | "cancelled" | "past_person_removed";
            /** Format: uuid */
            appointmentId: string;
            /** @description The appointment’s video meeting, when it is online and stands */
            meetingLink: string | null;
            /** @description A joint meeting: the brothers and sisters it is also about */
            jointStudents: string | null;
        };
        CalendarFeedView: {
            /** @description A private address calendar apps can subscribe to, without a login */
            url: string;
        };
        FamilyFeedStatusView: {
            active: boolean;
            /** Format: date-time */
            createdAt: string | null;
        };
        FamilyFeedCreatedView: {
            /** @description The private address for calendar apps; shown this once */
            url: string;
            /** Format: date-time */
            createdAt: string;
        };
        BookingSettingsView: {
            /** @description Hours before the appointment until which parents may cancel; null: until the booking window closes */
            parentCancelCutoffHours: number | null;
            /** @description Teachers set their own hours and breaks for an evening */
            teachersSetAvailability: boolean;
            /** @description Days before booking closes when families who booked nothing are reminded; 0: never */
            notBookedReminderDays: number;
            /** @description Minutes a freed time is held for the first family on the teacher’s waiting list */
            waitingOfferMinutes: number;
            /** @description Brothers and sisters may have one meeting together with a teacher they share */
            jointSiblingMeetings: boolean;
            /** @description The video meeting address with {room} for each appointment’s own room; none: no online evenings */
            videoLinkTemplate: string | null;
        };
        BookingSettingsDto: {
            /** @description Parents may cancel until this many hours before the appointment (even after the booking window closed); null: until the booking window closes */
            parentCancelCutoffHours: number | null;
            /** @description Teachers may set their own hours and breaks for an evening; false (the default): only the office does */
            teachersSetAvailability?: boolean;
            /** @description Families who have booked nothing are emailed this many days before booking closes (default 2); 0: never */
            notBookedReminderDays?: number;
            /** @description Minutes a freed time is held for the first family on the teacher’s waiting list before it passes to the next (default 30) */
            waitingOfferMinutes?: number;
            /** @description Brothers and sisters may have one meeting together with a teacher they share (default false) */
            jointSiblingMeetings?: boolean;
            /**
             * @description The video meeting address of online evenings and teachers: https, with {room} where each appointment’s own random room name goes (PTC calls no video service); null or omitted: none
             * @example https://meet.jit.si/riverside-{room}
             */
            videoLinkTemplate?: string | null;
        };
        ProposedAppointmentView: {
            /** Format: uuid */
            studentId: string;
            student: string;
            /** Format: uuid */
            teacherId: string;
            teacher: string;
            location: string | null;
            /** Format: uuid */
            slotId: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /** @description Local start with its UTC offset, e.g. 2026-12-10T16:00:00+00:00 */
            localStart: string;
        };
        ScheduleProposalView: {
            /**
             * Format: uuid
             * @description Book it with POST …/schedule-proposals/{id}/book
             */
            id: string;
            /** Format: uuid */
            eventId: string;
            /**
             * Format: date-time
             * @description Start of the first meeting
             */
            startsAt: string;
            /**
             * Format: date-time
             * @description End of the last meeting
             */
            endsAt: string;
            /** @description Minutes from the first meeting’s start to the last one’s end */
            minutes: number;
            /** @description In time order */
            appointments: components["schemas"]["ProposedAppointmentView"][];
        };
        WantedMeetingDto: {
            /** Format: uuid */
            studentId: string;
            /** Format: uuid */
            teacherId: string;
        };
        ScheduleRequestDto: {
            /** @description Which child should see which teacher; several children with one teacher are seen back to back. At most 8 different teachers. */
            meetings: components["schemas"]["WantedMeetingDto"][];
            /**
             * Format: date-time
             * @description No meeting before this moment
             */
            earliest?: string;
            /**
             * Format: date-time
             * @description Every meeting over by this moment
             */
            latest?: string;
        };
        BookedScheduleView: {
            appointments: components["schemas"]["AppointmentView"][];
        };
        WaitingOfferView: {
            /**
             * Format: uuid
             * @description The freed slot held for the family: book it as any other
             */
            slotId: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /**
             * Format: date-time
             * @description Until when it is held; then it passes to the next family
             */
            heldUntil: string;
        };
        WaitingPlaceView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            teacherId: string;
            /** Format: uuid */
            studentId: string;
            /** @enum {string} */
            state: "waiting" | "offered";
            /** @description Place on the teacher’s list (1: next to be offered a freed time) */
            position: number;
            /** Format: date-time */
            joinedAt: string;
            /** @description The freed time held for the family, when one is */
            offer: components["schemas"]["WaitingOfferView"] | null;
        };
        JoinWaitingListDto: {
            /** Format: uuid */
            studentId: string;
            /** Format: uuid */
            teacherId: string;
        };
        LateRequestView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            teacherId: string;
            /** Format: uuid */
            studentId: string;
            /**
             * Format: uuid
             * @description The parent or carer who asked
             */
            contactId: string;
            /** @description The parent's note */
            note: string | null;
            /** @enum {string} */
            state: "open" | "accepted" | "declined" | "withdrawn";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            /** @description The reason told to the parent */
            declineReason: string | null;
            /**
             * Format: uuid
             * @description The appointment booked on accepting
             */
            appointmentId: string | null;
            /** @description For the staff: the student */
            studentName: string | null;
            /** @description For the staff: who asked */
            contactName: string | null;
        };
        LateRequestDto: {
            /** Format: uuid */
            studentId: string;
            /** Format: uuid */
            teacherId: string;
            /** @description A note for the teacher (why, when the family could come) */
            note?: string;
        };
        AcceptLateRequestDto: {
            /**
             * Format: uuid
             * @description One of the teacher's free times
             */
            slotId: string;
        };
        DeclineLateRequestDto: {
            /** @description Told to the parent */
            reason: string;
        };
        ColumnRecordView: {
            property: string;
            columns: string[];
            personal: boolean;
            category?: string;
            purpose?: string;
            secret?: boolean;
        };
        ProcessingRecordView: {
            entity: string;
            table: string;
            subjects: string;
            source: string;
            retention: string;
            retentionRule: string;
            purgedWithSchool: boolean;
            columns: components["schemas"]["ColumnRecordView"][];
        };
        NonPersonalTableView: {
            entity: string;
            table: string;
            reason: string;
        };
        ProcessingRecordsView: {
            processor: string;
            controller: string;
            purposes: string[];
            /** @description Where the list of sub-processors is */
            subProcessors: string;
            records: components["schemas"]["ProcessingRecordView"][];
            withoutPersonalData: components["schemas"]["NonPersonalTableView"][];
            /** @description With ?schoolId=: the third parties that school lets read some of its data (its API credentials in force) */
            thirdParties?: components["schemas"]["ThirdPartyView"][];
        };
        DeletionCertificateView: {
            /** Format: uuid */
            schoolId: string;
            school: string;
            reason: string;
            /** Format: date */
            dueOn: string;
            /** Format: date-time */
            startedAt: string;
            /**
             * Format: date-time
             * @description None while the purge is in progress
             */
            finishedAt: string | null;
            /** @description Rows deleted per table */
            tables: {
                [key: string]: number;
            };
            totalRows: number;
        };
        DeletionCertificatePage: {
            items: components["schemas"]["DeletionCertificateView"][];
            /** @description How many there are in all, beyond this page too */
            total: number;
        };
        RequestPassedOnView: {
            /** @enum {string} */
            status: "passed_to_school";
            /** @description What happens next, in words */
            message: string;
        };
        FileRequestDto: {
            /** @enum {string} */
            kind: "access" | "erasure" | "rectification" | "portability" | "other";
            /**
             * @description What the person asks for, in their own words
             * @example Please send me a copy of my data.
             */
            details: string;
        };
        OperatorRequestFiledView: {
            /** @enum {string} */
            status: "passed_to_school";
            /** @description What happens next, in words */
            message: string;
            /** Format: uuid */
            id: string;
        };
        OperatorFileRequestDto: {
            /** @enum {string} */
            kind: "access" | "erasure" | "rectification" | "portability" | "other";
            /**
             * @description What the person asks for, in their own words
             * @example Please send me a copy of my data.
             */
            details: string;
            /** @enum {string} */
            subjectKind?: "contact" | "teacher" | "student";
            /** @description The directory record the request is about, when known */
            subjectId?: string;
        };
        RequestSubjectView: {
            /** @description contact, teacher, student, ... */
            kind: string;
            /** Format: uuid */
            id: string;
        };
        SubjectRequestView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "access" | "erasure" | "rectification" | "portability" | "other";
            /** @description The person's own words */
            details: string;
            /** @enum {string} */
            status: "received" | "acknowledged" | "extended" | "fulfilled" | "rejected" | "closed";
            /** @description Who filed it: the person in PTC, or the vendor for a request that reached it */
            filedBy: string;
            /** Format: uuid */
            requesterUserId: string | null;
            subject: components["schemas"]["RequestSubjectView"] | null;
            /** Format: date-time */
            receivedAt: string;
            /**
             * Format: date
             * @description One calendar month after receipt, plus any extension
             */
            dueOn: string;
            extendedMonths: number;
        };
        SubjectRequestPage: {
            items: components["schemas"]["SubjectRequestView"][];
            /** @description How many there are in all, beyond this page too */
            total: number;
        };
        RequestStepView: {
            action: string;
            /** Format: uuid */
            actorUserId: string | null;
            note: string | null;
            /** Format: date-time */
            at: string;
        };
        ErasureView: {
            /** @enum {string} */
            personKind: "contact" | "teacher" | "student";
            /** Format: uuid */
            personId: string;
            /** Format: date-time */
            erasedAt: string;
            /** @description Rows deleted, by what they were */
            deleted: {
                [key: string]: number;
            };
        };
        SubjectRequestDetailView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "access" | "erasure" | "rectification" | "portability" | "other";
            /** @description The person's own words */
            details: string;
            /** @enum {string} */
            status: "received" | "acknowledged" | "extended" | "fulfilled" | "rejected" | "closed";
            /** @description Who filed it: the person in PTC, or the vendor for a request that reached it */
            filedBy: string;
            /** Format: uuid */
            requesterUserId: string | null;
            subject: components["schemas"]["RequestSubjectView"] | null;
            /** Format: date-time */
            receivedAt: string;
            /**
             * Format: date
             * @description One calendar month after receipt, plus any extension
             */
            dueOn: string;
            extendedMonths: number;
            steps: components["schemas"]["RequestStepView"][];
            /** @description Fulfilled with `export`: the person’s export (see /api/v1/privacy/schemas/person-export.json) */
            export?: {
                [key: string]: unknown;
            };
            /** @description Fulfilled with `erasure`: what was erased */
            erasure?: components["schemas"]["ErasureView"];
        };
        ExtendRequestDto: {
            /** @description Further months; at most two in all */
            months: number;
            reason: string;
        };
        FulfilRequestDto: {
            /**
             * @description What the school did to answer
             * @enum {string}
             */
            action: "export" | "erasure" | "rectification" | "other";
            note?: string;
        };
        ReasonDto: {
            reason: string;
        };
        SubProcessorView: {
            name: string;
            purpose: string;
            location: string;
            country: string;
            dataCategories: string[];
            since?: string;
        };
        SubProcessorVersionView: {
            version: number;
            /** Format: date */
            effectiveFrom: string;
            summary: string;
            subProcessors: components["schemas"]["SubProcessorView"][];
        };
        SubProcessorHistoryView: {
            version: number;
            /** Format: date */
            effectiveFrom: string;
            /** Format: date-time */
            publishedAt: string;
            summary: string;
        };
        SubProcessorListView: {
            /** @description 0 before the first list */
            version: number;
            /** Format: date */
            effectiveFrom: string | null;
            summary: string;
            subProcessors: components["schemas"]["SubProcessorView"][];
            /** @description Announced changes, not yet in force (not with ?version=) */
            upcoming?: components["schemas"]["SubProcessorVersionView"][];
            /** @description Earlier versions (not with ?version=) */
            history?: components["schemas"]["SubProcessorHistoryView"][];
        };
        SubProcessorsPublishedView: {
            version: number;
            /** Format: date */
            effectiveFrom: string;
            schoolsNotified: number;
            emails: number;
        };
        SubProcessorDto: {
            /** @example Example Hosting Ltd */
            name: string;
            /** @example Hosting of the application and its database */
            purpose: string;
            /** @example Frankfurt data centre */
            location: string;
            /** @example DE */
            country: string;
            /**
             * @example [
             *       "identity",
             *       "contact details",
             *       "appointments"
             *     ]
             */
            dataCategories: string[];
            /** @example 2026-01-01 */
            since: string;
        };
        PublishSubProcessorsDto: {
            /**
             * @description At least 30 days ahead (the first list may take effect at once)
             * @example 2027-03-01
             */
            effectiveFrom: string;
            /** @example Adds Example Mail GmbH for sending emails */
            summary: string;
            subProcessors: components["schemas"]["SubProcessorDto"][];
        };
        InvestigateUsageDto: {
            /** @description The user (login) whose records are needed, in the caller's school */
            userId: string;
            /**
             * @description Why: recorded with the release
             * @example Suspected account sharing reported by a parent on 3 March
             */
            reason: string;
        };
        UsageReleaseView: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description Whose usage records were released
             */
            userId: string;
            /** Format: uuid */
            requestedBy: string;
            reason: string;
            /** Format: date-time */
            at: string;
            rows: number;
        };
        SupportAccessView: {
            /** Format: uuid */
            operatorUserId: string;
            /** @description What was looked at */
            what: string;
            /** Format: date-time */
            at: string;
        };
        SupportGrantView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            grantedBy: string;
            reason: string;
            /** Format: date-time */
            grantedAt: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            revokedAt: string | null;
            accesses: components["schemas"]["SupportAccessView"][];
        };
        GrantSupportDto: {
            /** @example Parent cannot see her appointments: please investigate ticket 4711 */
            reason: string;
            /** @description How long support may look, in hours */
            hours: number;
        };
        EraseDto: {
            /** @enum {string} */
            personKind: "contact" | "teacher" | "student";
            personId: string;
            /** @description The privacy request this erasure answers */
            requestId?: string;
        };
        ErasureLedgerEntryView: {
            /** @enum {string} */
            personKind: "contact" | "teacher" | "student";
            /** Format: uuid */
            personId: string;
            /** @description The logins that were deleted with the person */
            userIds: string[];
            /** Format: uuid */
            erasedBy: string;
            /** Format: uuid */
            requestId: string | null;
            /** Format: date-time */
            erasedAt: string;
        };
        ErasureLedgerEntryPage: {
            items: components["schemas"]["ErasureLedgerEntryView"][];
            /** @description How many there are in all, beyond this page too */
            total: number;
        };
        StatisticCellView: {
            /** Format: date */
            day: string;
            /** @description A timezone region */
            region: string;
            metric: string;
            /** @description None when suppressed */
            value: number | null;
            /** @description Present (true) when fewer than k people are behind the figure */
            suppressed?: boolean;
        };
        StatisticsView: {
            /** @description Cells with fewer people are suppressed */
            k: number;
            cells: components["schemas"]["StatisticCellView"][];
        };
        SchoolExportView: {
            /** Format: uuid */
            id: string;
            /** @description Ready to download when `ready` */
            status: string;
            /** @description Percent done */
            progress: number;
            /** Format: date-time */
            requestedAt: string;
            /** Format: date-time */
            readyAt: string | null;
            /**
             * Format: date-time
             * @description Downloadable until then
             */
            expiresAt: string | null;
            bytes: number | null;
            downloadUrl: string | null;
        };
        SchoolExportPage: {
            items: components["schemas"]["SchoolExportView"][];
            /** @description How many there are in all, beyond this page too */
            total: number;
        };
        IncidentSchoolView: {
            /** Format: uuid */
            schoolId: string;
            school: string;
            /** @description People per kind whose data the window reached */
            affected: {
                [key: string]: number;
            };
            /** Format: date-time */
            notifiedAt: string | null;
            /** Format: date-time */
            acknowledgedAt: string | null;
            /** @description Told after the 72 hours, or not told and the 72 hours are over */
            late: boolean;
        };
        IncidentView: {
            /** Format: uuid */
            id: string;
            title: string;
            description: string;
            /** Format: date-time */
            detectedAt: string;
            /**
             * Format: date-time
             * @description detectedAt + 72 hours
             */
            notifyBy: string;
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            schools: components["schemas"]["IncidentSchoolView"][];
        };
        OpenIncidentDto: {
            /** @example Stolen support laptop */
            title: string;
            /** @description What happened, as the schools will read it */
            description: string;
            /**
             * Format: date-time
             * @description When the vendor became aware: the 72-hour clock starts here
             */
            detectedAt: string;
            /**
             * Format: date-time
             * @description Start of the time window the incident concerns
             */
            from: string;
            /**
             * Format: date-time
             * @description End of the window (at most 92 days after its start)
             */
            to: string;
            /** @description The schools concerned; none: every school used in the window */
            schoolIds?: string[];
        };
        BreachRouteView: {
            method: string;
            route: string;
            requests: number;
            users: number;
            categories: string[];
            /** @enum {string} */
            reach: "school" | "family" | "teacher" | "self" | "unclassified";
        };
        BreachChangesView: {
            bookingChanges: number;
            syncRuns: number;
            syncCounts: {
                [key: string]: unknown;
            };
            erasures: {
                [key: string]: number;
            };
        };
        AffectedPersonView: {
            /** @enum {string} */
            kind: "student" | "contact" | "teacher";
            /** Format: uuid */
            id: string;
            sisId: string | null;
            firstName: string;
            lastName: string;
            email: string | null;
            phone: string | null;
            categories: string[];
            how: string[];
        };
        BreachReportView: {
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            routes: components["schemas"]["BreachRouteView"][];
            changes: components["schemas"]["BreachChangesView"];
            /** @description Affected people per kind */
            counts: {
                [key: string]: number;
            };
            /** @description Affected people per data category */
            categories: {
                [key: string]: number;
            };
            people: components["schemas"]["AffectedPersonView"][];
        };
        SchoolIncidentView: {
            /** Format: uuid */
            id: string;
            title: string;
            description: string;
            /** Format: date-time */
            detectedAt: string;
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            affected: {
                [key: string]: number;
            };
            /** Format: date-time */
            notifiedAt: string | null;
            /** Format: date-time */
            acknowledgedAt: string | null;
        };
        LicenceView: {
            /** Format: uuid */
            schoolId: string;
            /** @enum {string} */
            kind: "trial" | "paid";
            /** @enum {string} */
            status: "trial" | "active" | "overdue" | "terminated";
            /** @description Whether the school's users may use PTC today */
            mayUse: boolean;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            trialEndsOn: string | null;
            /** Format: date */
            renewalOn: string | null;
            /**
             * Format: date
             * @description The day an unpaid licence ends
             */
            terminatesOn: string | null;
            /** Format: date */
            terminatedOn: string | null;
            /**
             * Format: date
             * @description The latest day with a login or a booking
             */
            lastActivityOn: string;
            /**
             * Format: date
             * @description The day the school's personal data is deleted
             */
            deletionDueOn: string | null;
        };
        SchoolLicenceView: {
            /** Format: uuid */
            schoolId: string;
            /** @enum {string} */
            kind: "trial" | "paid";
            /** @enum {string} */
            status: "trial" | "active" | "overdue" | "terminated";
            /** @description Whether the school's users may use PTC today */
            mayUse: boolean;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            trialEndsOn: string | null;
            /** Format: date */
            renewalOn: string | null;
            /**
             * Format: date
             * @description The day an unpaid licence ends
             */
            terminatesOn: string | null;
            /** Format: date */
            terminatedOn: string | null;
            /**
             * Format: date
             * @description The latest day with a login or a booking
             */
            lastActivityOn: string;
            /**
             * Format: date
             * @description The day the school's personal data is deleted
             */
            deletionDueOn: string | null;
            /** @description The school's name */
            school: string;
        };
        SchoolLicencePage: {
            items: components["schemas"]["SchoolLicenceView"][];
            /** @description How many there are in all, beyond this page too */
            total: number;
        };
        RecordPaymentDto: {
            /**
             * @description In minor units (pence, cents)
             * @example 45000
             */
            amountMinor: number;
            /** @example GBP */
            currency: string;
            /** @example 2026-09-01 */
            periodStart: string;
            /**
             * @description Last day of the paid period: the next renewal date
             * @example 2027-08-31
             */
            periodEnd: string;
            /** @example INV-2026-0042 */
            reference: string;
        };
        LicenceNoticeView: {
            /** @enum {string} */
            kind: "renewal_due" | "termination_in_30_days" | "termination_in_7_days" | "terminated" | "deletion_in_30_days";
            /** @description The date the notice is about */
            about: string;
            /** Format: date-time */
            sentAt: string;
        };
        ExtendTrialDto: {
            /** @example 2026-12-31 */
            endsOn: string;
        };
        WebhookLicenceView: {
            /** Format: uuid */
            schoolId: string;
            /** @enum {string} */
            status: "trial" | "active" | "overdue" | "terminated";
            /** Format: date */
            renewalOn: string | null;
        };
        PaymentReceivedView: {
            /** @description False for a redelivery of a payment already recorded */
            recorded: boolean;
            licence: components["schemas"]["WebhookLicenceView"];
        };
        WebhookPaymentDto: {
            /**
             * @description In minor units (pence, cents)
             * @example 45000
             */
            amountMinor: number;
            /** @example GBP */
            currency: string;
            /** @example 2026-09-01 */
            periodStart: string;
            /**
             * @description Last day of the paid period: the next renewal date
             * @example 2027-08-31
             */
            periodEnd: string;
            /** @example INV-2026-0042 */
            reference: string;
            /** @description The school the payment is for (PTC passes it to the provider as metadata) */
            schoolId: string;
        };
        ErrorBody: {
            /** @example 409 */
            statusCode: number;
            /**
             * @description Stable, machine-readable
             * @example BOOKING.SLOT_TAKEN
             */
            code: string;
            /** @description For people; may change */
            message: string;
            /** @description Per-field problems, rows of a sync, ... */
            details?: unknown;
            /** @description Quote it to support; the same id is in the logs */
            requestId: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    checkLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is up (restart it when this fails) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthCheckView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    checkReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The database answers and every migration is applied (503 otherwise: send no traffic) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthCheckView"];
                };
            };
            /** @description Not ready: which indicator is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthCheckView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getOperatorHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Readiness and the age of the last good backup */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperatorHealthView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listJobRuns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Recent scheduled-job runs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobRunView"][];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    logIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description Sign in with school, screen name and password (operators omit the school) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessTokenView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller and their school */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    chooseLanguage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LanguageChoiceDto"];
            };
        };
        responses: {
            /** @description The caller’s language for pages and emails (null: the school’s) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description Change the own password; revokes older tokens and returns a new one */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessTokenView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    inspectPasswordResetLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What an emailed reset link is for (404 when unknown, used or expired) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetLinkView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetConfirmDto"];
            };
        };
        responses: {
            /** @description Set a new password with an emailed link; revokes the login's tokens and other links */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetDoneView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                role?: "school_admin" | "teacher" | "parent";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The school's logins */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            /** @description A login, optionally linked to a directory record (personId) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One login */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    disableUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Disable a login (its tokens stop working at once; its link to the directory stays) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    enableUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Enable a disabled login again, with its link to the directory */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getSchool: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's school */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listSchools: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every school, by name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolPage"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createSchool: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSchoolDto"];
            };
        };
        responses: {
            /** @description A school with its contacts and first admin; emails the technical contact */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolCreatedView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getSchoolContacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The school's contacts with PTC (technical; invoices and licence) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolContactsView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateSchoolContacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SchoolContactsDto"];
            };
        };
        responses: {
            /** @description Change the school's contacts with PTC */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolContactsView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getSchoolContactsForOperator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A school's customer record: its technical and finance contacts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolContactsView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateSchoolContactsForOperator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SchoolContactsDto"];
            };
        };
        responses: {
            /** @description Change a school's technical and finance contacts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolContactsView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getSchoolSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The school's settings: the language of its emails to people who have not chosen one */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolSettingsView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateSchoolSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SchoolSettingsDto"];
            };
        };
        responses: {
            /** @description Change the school's settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolSettingsView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listSupportCasesForOperator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A school's support cases, newest first, with their calls and emails */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportCaseView"][];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    openSupportCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenSupportCaseDto"];
            };
        };
        responses: {
            /** @description Open a support case with a school */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportCaseView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    logSupportEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogSupportEntryDto"];
            };
        };
        responses: {
            /** @description Log a call or an email (with its attachments, stored encrypted) in a case */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportCaseView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    setSupportCaseStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportCaseStatusDto"];
            };
        };
        responses: {
            /** @description Close or reopen a case */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportCaseView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    downloadSupportAttachmentForOperator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An attachment as received */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listSupportCases: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The school's support cases with PTC's support, newest first, with their calls and emails */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportCaseView"][];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    downloadSupportAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An attachment of one of the school’s support cases, as received */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listApiCredentials: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The school’s API credentials with their last use */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiCredentialView"][];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createApiCredential: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiCredentialDto"];
            };
        };
        responses: {
            /** @description Let a named third party read some of the school’s data (the secret is shown once) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiCredentialCreatedView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    revokeApiCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description End a third party’s access at once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiCredentialView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listThirdParties: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The companies the school lets read some of its data in PTC, and what for */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThirdPartyView"][];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getSignInProvider: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The school’s identity provider, if any, and the redirect URI to register at it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInProviderSettingsView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    setSignInProvider: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInProviderDto"];
            };
        };
        responses: {
            /** @description Let staff (and parents, if chosen) sign in with the school’s OpenID Connect provider */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInProviderSettingsView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    removeSignInProvider: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Stop signing in with the provider: everyone uses passwords again */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    describeSchoolSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                school: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How people of a school sign in: its identity provider, if any */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolSignInView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    startSingleSignOn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                school: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartSingleSignOnDto"];
            };
        };
        responses: {
            /** @description Begin signing in with the school’s provider: where to send the browser */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SingleSignOnStartedView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    finishSingleSignOn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                school: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FinishSingleSignOnDto"];
            };
        };
        responses: {
            /** @description Hand over what the provider sent back; a PTC token for the login with the verified email */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SingleSignOnDoneView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listStudents: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Part of a first or last name */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Students (`q` searches names) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudentPage"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createStudent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStudentDto"];
            };
        };
        responses: {
            /** @description A student (not from the information system) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudentView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listYearLabels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The school's year groups (as the students' year labels), in order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getStudent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A student with their contacts and teachers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudentDetailView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteStudent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Delete a student (their future appointments are cancelled) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateStudent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStudentDto"];
            };
        };
        responses: {
            /** @description Change a student */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudentView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listContacts: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Part of a first or last name */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Contacts: parents, guardians, carers (`q` searches names), each with their login and latest invitation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdultWithAccessPage"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAdultDto"];
            };
        };
        responses: {
            /** @description A contact (not from the information system) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdultView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A contact with their students */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactDetailView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Delete a contact (their login ends; future appointments are cancelled) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAdultDto"];
            };
        };
        responses: {
            /** @description Change a contact */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdultView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    linkContactToStudent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkContactDto"];
            };
        };
        responses: {
            /** @description Link a contact to a student with a relationship */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactLinkView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    unlinkContactFromStudent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                studentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Remove a contact’s link to a student */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listTeachers: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Part of a first or last name */
                q?: string;
                /** @description Only teachers linked to students of this year group */
                yearLabel?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Teachers (`q` searches names, `yearLabel` keeps those of a year group), each with their login and latest invitation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdultWithAccessPage"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createTeacher: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAdultDto"];
            };
        };
        responses: {
            /** @description A teacher (not from the information system) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdultView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getTeacher: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A teacher with their students */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherDetailView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteTeacher: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Delete a teacher (their login ends; future appointments are cancelled) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateTeacher: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAdultDto"];
            };
        };
        responses: {
            /** @description Change a teacher */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdultView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    linkTeacherToStudent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkTeacherDto"];
            };
        };
        responses: {
            /** @description Link a teacher to a student (optional class or subject label) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherLinkView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    unlinkTeacherFromStudent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                studentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Remove a teacher’s link to a student */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listOwnStudents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The students linked to the calling teacher */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudentOfTeacherView"][];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getOwnContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calling parent’s contact record with their students */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactDetailView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    syncDirectoryJson: {
        parameters: {
            query?: {
                /** @description Report what would change, write nothing */
                dryRun?: boolean;
                /** @description Apply even if it deletes more than SYNC_MAX_DELETE_SHARE of a kind */
                force?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The whole school, keyed by SIS ids */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DirectorySnapshotBody"];
            };
        };
        responses: {
            /** @description Mirror the school’s information system from a JSON snapshot (dryRun, force) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncResultView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    syncDirectoryCsv: {
        parameters: {
            query?: {
                /** @description Report what would change, write nothing */
                dryRun?: boolean;
                /** @description Apply even if it deletes more than SYNC_MAX_DELETE_SHARE of a kind */
                force?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description students.csv, contacts.csv, teachers.csv, contact_links.csv, teacher_links.csv (or one zip of them) */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["SyncFilesBody"];
            };
        };
        responses: {
            /** @description Mirror the school’s information system from CSV files (dryRun, force) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncResultView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    syncDirectoryOneRoster: {
        parameters: {
            query?: {
                /** @description Report what would change, write nothing */
                dryRun?: boolean;
                /** @description Apply even if it deletes more than SYNC_MAX_DELETE_SHARE of a kind */
                force?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description OneRoster 1.1 CSV: users.csv, classes.csv, enrollments.csv (other files ignored), or one zip */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["SyncFilesBody"];
            };
        };
        responses: {
            /** @description Mirror the school’s information system from OneRoster 1.1 CSV (dryRun, force) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncResultView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getSyncSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How the information-system sync is set up (the school’s OneRoster orgs) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncSettingsView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateSyncSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SyncSettingsDto"];
            };
        };
        responses: {
            /** @description Set which OneRoster orgs are this school (for district-wide bundles) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncSettingsView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listSyncRuns: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reports of past syncs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncRunPage"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateSchoolSyncSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                schoolId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SyncSettingsDto"];
            };
        };
        responses: {
            /** @description Set which OneRoster orgs are a school (for its district's bundles) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncSettingsView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    invitePeople: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteDto"];
            };
        };
        responses: {
            /** @description Email one-time links to create a login to contacts and teachers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationsSentView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    previewInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The school and the person an emailed invitation is for (400 INVITATION.INVALID when unknown, used or expired) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationPreviewView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationDto"];
            };
        };
        responses: {
            /** @description Create the login an invitation offers */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationAcceptedView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportContactsCsv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The parent list as CSV: one row per contact–student link */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportContacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The parent list: one row per contact–student link */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactExportRowView"][];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequestDto"];
            };
        };
        responses: {
            /** @description Email a link to set a new password (the same answer whether or not the account exists) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetAcceptedView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    sendPasswordResetToUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Email one of the school's logins a link to set a new password */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetSentView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    sendPasswordResetForSchool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                schoolId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Email a school's login a link to set a new password */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetSentView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listEvenings: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The school's parents' evenings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EveningPage"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createEvening: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEveningDto"];
            };
        };
        responses: {
            /** @description A parents' evening with its sessions and teachers; slots are generated */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EveningDetailView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getEvening: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One evening with its sessions and teachers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EveningDetailView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateDraftEvening: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEveningDto"];
            };
        };
        responses: {
            /** @description Change a draft's whole set-up (sessions and slots are made again; teachers who stay keep their hours) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EveningDetailView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteDraftEvening: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Delete a draft evening with its sessions, teachers and slots (a published one is closed instead) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateEveningDetails: {
        parameters: {
            query?: {
                /** @description Cancel (and tell the parents of) the appointments this change would leave without a place */
                cancelAffected?: boolean;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EveningDetailsDto"];
            };
        };
        responses: {
            /** @description Change an evening's name, place, booking window, cap, year groups or staged opening, also once published (parents with appointments are emailed when the name or place changes) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EveningDetailView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    addEveningTeacher: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddEveningTeacherDto"];
            };
        };
        responses: {
            /** @description A teacher joins the evening (their times are made from its sessions) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EveningDetailView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    removeEveningTeacher: {
        parameters: {
            query?: {
                /** @description Cancel (and tell the parents of) the appointments this change would leave without a place */
                cancelAffected?: boolean;
            };
            header?: never;
            path: {
                id: string;
                teacherId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A teacher leaves the evening with their times (their appointments only with cancelAffected=true: the parents are told) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EveningDetailView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    publishEvening: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Publish a draft evening (parents can see it; booking opens at opensAt) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EveningView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    closeEvening: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Close an evening (no more bookings) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EveningView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    setTeacherAvailability: {
        parameters: {
            query?: {
                /** @description Cancel (and notify) appointments in slots the change removes */
                cancelAffected?: boolean;
            };
            header?: never;
            path: {
                id: string;
                teacherId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AvailabilityDto"];
            };
        };
        responses: {
            /** @description A teacher's hours, breaks and room; regenerates their slots */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EveningDetailView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getEveningGrid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every slot of the evening, teacher by teacher, free, booked (with the student) or blocked, with counts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EveningGridView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listEveningSlots: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Only this teacher’s slots */
                teacherId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The evening's slots with their booking (optionally one teacher's) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotPage"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listOwnEvenings: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The evenings the caller takes part in, latest first, with their own slot counts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherEveningSummaryPage"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getOwnEvening: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One evening as the caller sees it: sessions, their own hours and breaks, whether they may change them */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherEveningView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    setOwnAvailability: {
        parameters: {
            query?: {
                /** @description Cancel (and notify) appointments in slots the change removes */
                cancelAffected?: boolean;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AvailabilityDto"];
            };
        };
        responses: {
            /** @description The caller's own hours, breaks and room, when the school lets teachers set them; regenerates their slots */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherEveningView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listOwnSlots: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's own slots in an evening */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotPage"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    blockSlot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                slotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Take a free slot out of booking */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotBlockedView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    unblockSlot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                slotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Offer a blocked slot again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotBlockedView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    blockOwnSlot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                slotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Take one of the own free slots out of booking */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotBlockedView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    unblockOwnSlot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                slotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Offer one of the own blocked slots again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotBlockedView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listParentEvenings: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Published evenings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EveningPage"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getParentEvening: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description For each of the caller's children: their teachers' free slots and the child's appointments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParentEveningView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listParentAppointments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The family's appointments that have not ended, across evenings, in time order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpcomingAppointmentView"][];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    bookAppointment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A replay returns the first answer */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookDto"];
            };
        };
        responses: {
            /** @description Book a slot for a linked student (admins name the parent with contactId) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One appointment with its history */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentDetailView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAppointmentCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The appointment as an iCalendar file (the same UID and SEQUENCE as its emails) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    cancelAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelDto"];
            };
        };
        responses: {
            /** @description Cancel an appointment (teachers give a reason); the parent is emailed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    moveAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveDto"];
            };
        };
        responses: {
            /** @description Move an appointment to another free slot of the same teacher */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    viewLinkedAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The appointment of an emailed link, without a login (until the evening ends) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkedAppointmentView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    cancelLinkedAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancel the appointment of an emailed link, without a login */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportEveningBookingsCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every appointment of the evening as CSV (UTF-8 with BOM, formula-safe) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportTeacherScheduleCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                teacherId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One teacher's schedule of the evening as CSV (active appointments in time order) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportEveningBookings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every appointment of the evening */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingRowView"][];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getOwnSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's active appointments in an evening */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingRowView"][];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getOwnScheduleCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's schedule as CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getOwnScheduleCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's schedule as an iCalendar file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getOwnScheduleFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A private calendar subscription address for the schedule (until 30 days after the evening) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    rotateOwnScheduleFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new subscription address; every earlier one stops working at once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getFamilyCalendarFeedCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A family's appointments for calendar apps, by its private address */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getScheduleFeedCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A teacher's schedule for calendar apps, by its private address */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getFamilyCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whether the family has a calendar subscription (its address is shown only when made) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FamilyFeedStatusView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createFamilyCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A private address for calendar apps with all the family's appointments; replaces any earlier one */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FamilyFeedCreatedView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    revokeFamilyCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoke the calendar subscription (the address stops working at once) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getBookingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The school’s booking rules for all its evenings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingSettingsView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateBookingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookingSettingsDto"];
            };
        };
        responses: {
            /** @description Change the school’s booking rules (how long parents may cancel; whether teachers set their own availability; when families who booked nothing are reminded; how long a freed time is held for a waiting family; the video meeting address of online evenings) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingSettingsView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    proposeSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleRequestDto"];
            };
        };
        responses: {
            /** @description The most compact set of free times for the teachers a parent wants to see (holds nothing); 409 SCHEDULE.NO_FIT names teachers without a fitting time */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleProposalView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    bookScheduleProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Book every appointment of a proposal, or none: 409 SCHEDULE.TAKEN_MEANWHILE carries a fresh proposal in details.proposal */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookedScheduleView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listWaitingPlaces: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The family's places on the evening's waiting lists, with positions and any time held for them */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaitingPlaceView"][];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    joinWaitingList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JoinWaitingListDto"];
            };
        };
        responses: {
            /** @description Join a teacher's waiting list for a child (only when the teacher has no free time); joining twice keeps the first place */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaitingPlaceView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    leaveWaitingList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                placeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Leave a waiting list, or say no to the time held for the family (it passes to the next family) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listOwnLateRequests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The family's requests for appointments after booking closed, answered ones too */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LateRequestView"][];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    askLate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LateRequestDto"];
            };
        };
        responses: {
            /** @description Ask a teacher for an appointment after booking closed, with a note (one open request per child and teacher) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LateRequestView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listLateRequests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The evening's late requests, open ones first, with who asks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LateRequestView"][];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listOwnLateRequestsForTeacher: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The late requests addressed to the calling teacher, open ones first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LateRequestView"][];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    acceptLateRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptLateRequestDto"];
            };
        };
        responses: {
            /** @description Accept with one of the teacher's free times: booked for the family, who get the usual confirmation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LateRequestView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    declineLateRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineLateRequestDto"];
            };
        };
        responses: {
            /** @description Decline with a reason the parent is emailed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LateRequestView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getProcessingRecords: {
        parameters: {
            query?: {
                /** @description Adds that school's third parties */
                schoolId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Records of processing (Art. 30), generated from the classification in code */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessingRecordsView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listDeletionCertificates: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Retention purges and their per-table counts, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletionCertificatePage"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    filePrivacyRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileRequestDto"];
            };
        };
        responses: {
            /** @description Ask the school to act on your personal data (PTC passes it on) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestPassedOnView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    fileSchoolPrivacyRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                schoolId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OperatorFileRequestDto"];
            };
        };
        responses: {
            /** @description File a request that reached the vendor for a school */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperatorRequestFiledView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listPrivacyRequests: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                status?: "open" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request queue by due date (open ones, or all) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectRequestPage"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getPrivacyRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One request with every step */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectRequestDetailView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    acknowledgePrivacyRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Acknowledge a request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectRequestDetailView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    extendPrivacyRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtendRequestDto"];
            };
        };
        responses: {
            /** @description Extend the deadline (at most two months in all) with a reason */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectRequestDetailView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    fulfilPrivacyRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FulfilRequestDto"];
            };
        };
        responses: {
            /** @description Fulfil a request (export, erasure, rectification, other) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectRequestDetailView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    rejectPrivacyRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description Reject a request with a reason */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectRequestDetailView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    closePrivacyRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description Close a request with a reason */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectRequestDetailView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listSubProcessors: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sub-processors in force, announced changes and history */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubProcessorListView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    publishSubProcessors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishSubProcessorsDto"];
            };
        };
        responses: {
            /** @description Publish a new list (at least 30 days ahead); every school is emailed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubProcessorsPublishedView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listUsageReleases: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Past releases of usage records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageReleaseView"][];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    releaseUsageRecords: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvestigateUsageDto"];
            };
        };
        responses: {
            /** @description One user's usage records as CSV; the release is recorded with its reason */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listSupportAccess: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Support grants and every look under them */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportGrantView"][];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    grantSupportAccess: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantSupportDto"];
            };
        };
        responses: {
            /** @description Let the vendor's support look for up to 72 hours */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportGrantView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    revokeSupportAccess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description End a support grant now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportGrantView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getSupportUsageRecords: {
        parameters: {
            query: {
                userId: string;
            };
            header?: never;
            path: {
                schoolId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A user's usage records, under the school's live grant (recorded) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listErasures: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The erasure ledger (ids only), oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureLedgerEntryPage"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    erasePerson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EraseDto"];
            };
        };
        responses: {
            /** @description Erase a contact, teacher or student and everything held about them (one transaction; ids-only ledger) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getStatistics: {
        parameters: {
            query: {
                metric?: "bookings" | "logins" | "active_users" | "events" | "active_schools";
                to: unknown;
                from: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Anonymous daily figures per region; cells under k people suppressed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticsView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: "contact" | "teacher" | "student";
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Everything held about one person, as JSON */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportPersonZip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: "contact" | "teacher" | "student";
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Everything held about one person, as CSV files and metadata.json in a zip */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getPersonExportSchema: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The JSON Schema of the per-person export */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listSchoolExports: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whole-school exports, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolExportPage"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    requestSchoolExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Build a whole-school export in the background */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolExportView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getSchoolExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One whole-school export with its progress */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolExportView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    downloadSchoolExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Download a ready export (for 24 hours; then 410) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listIncidents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Incidents with the 72-hour clock and each school’s notification and acknowledgement */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentView"][];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    openIncident: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenIncidentDto"];
            };
        };
        responses: {
            /** @description Record a security incident: its window, when it was detected, and the schools it may touch with their counts */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    notifyIncidentSchools: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Email every school of the incident not told yet (through the outbox) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportIncidentAffectedPeople: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                schoolId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The school's people whose data the incident's window reached (CSV) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getBreachReport: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whose data in the school was read or changed in a time window, through which routes, by kind and category */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreachReportView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportBreachReport: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The people of the breach report, one row each, as the school would write to them (CSV) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listSchoolIncidents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Security incidents PTC has told the school of */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolIncidentView"][];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    acknowledgeIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The school has read the incident notice */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolIncidentView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportSchoolIncidentAffectedPeople: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The school's people whose data the incident's window reached (CSV) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getOwnLicence: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The school's licence (readable while terminated) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenceView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listLicences: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every school's licence, renewal, last activity and deletion date, by school name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolLicencePage"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    recordPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordPaymentDto"];
            };
        };
        responses: {
            /** @description Record a payment (a reference counts once) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenceView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listLicenceNotices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The licence notices sent to a school */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenceNoticeView"][];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    extendTrial: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtendTrialDto"];
            };
        };
        responses: {
            /** @description Extend a school's trial */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenceView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    receivePayment: {
        parameters: {
            query?: never;
            header: {
                /** @description t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>"> */
                "PTC-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPaymentDto"];
            };
        };
        responses: {
            /** @description The payment provider reports a payment (signed with PTC-Signature) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentReceivedView"];
                };
            };
            /** @description The request was refused; `code` says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PTC failed; quote `requestId` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
