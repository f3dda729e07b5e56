export interface paths {
    "/entities": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an entity
         * @description Inferred — Digital Core house style: POST to the collection answers 201 with `{ id }`.
         *
         *     Creates a person or an organization; `entityType` chooses which. The new entity is
         *     `active` unless `status` says otherwise.
         */
        post: operations["createEntity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/search": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search entities
         * @description Inferred — Digital Core house style: POST search with offset/count.
         *
         *     Returns one page of the entities matching the filter. Continue with
         *     `offset = paging.nextOffset` until it is `null`.
         */
        post: operations["searchEntities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{EntityId}": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /**
         * Get an entity
         * @description Inferred — Digital Core house style: GET by id, 404 when it does not exist.
         *
         *     Returns the person or organization. Sub-resources (addresses, phone numbers, …) are read
         *     from their own collections.
         */
        get: operations["getEntity"];
        /**
         * Replace an entity
         * @description Inferred — Digital Core house style: PUT replaces the resource and answers 204.
         *
         *     Replaces the entity's own fields (not its sub-resources). `entityType` cannot change: a
         *     person stays a person (400 otherwise). Set `status: inactive` to retire an entity; there
         *     is no delete.
         */
        put: operations["updateEntity"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{EntityId}/addresses": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /**
         * List an entity's addresses
         * @description Inferred — public tag "Addresses for an Entity": a sub-collection of the entity.
         *
         *     Returns every address of the entity, without paging. 404 when the entity does not
         *     exist.
         */
        get: operations["listAddresses"];
        put?: never;
        /**
         * Add an address to an entity
         * @description Inferred — Digital Core house style: POST to the collection answers 201 with `{ id }`.
         *
         *     `addressLabelId` must be an active Address Label of the institution (409 otherwise).
         *     Setting `isPrimary` clears it on the entity's other addresses.
         */
        post: operations["createAddress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{EntityId}/addresses/{AddressId}": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
                /** @description The id of the Address. */
                AddressId: components["parameters"]["AddressId"];
            };
            cookie?: never;
        };
        /**
         * Get an address
         * @description Inferred — Digital Core house style: GET by id, 404 when it does not exist.
         *
         *     404 when the entity does not exist or the address is not the entity's.
         */
        get: operations["getAddress"];
        /**
         * Replace an address
         * @description Inferred — Digital Core house style: PUT replaces the resource and answers 204.
         *
         *     `addressLabelId` must be an active Address Label of the institution (409 otherwise).
         *     Setting `isPrimary` clears it on the entity's other addresses. Optional fields left
         *     out are cleared.
         */
        put: operations["updateAddress"];
        post?: never;
        /**
         * Delete an address
         * @description Inferred — Digital Core house style: DELETE answers 204, 404 when it does not exist.
         */
        delete: operations["deleteAddress"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{EntityId}/phone-numbers": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /**
         * List an entity's phone numbers
         * @description Inferred — public tag "Phone Numbers for an Entity": a sub-collection of the entity.
         *
         *     Returns every phone number of the entity, without paging. 404 when the entity does
         *     not exist.
         */
        get: operations["listPhoneNumbers"];
        put?: never;
        /**
         * Add a phone number to an entity
         * @description Inferred — Digital Core house style: POST to the collection answers 201 with `{ id }`.
         *
         *     `phoneNumberLabelId` must be an active Phone Number Label of the institution (409
         *     otherwise). Setting `isPrimary` clears it on the entity's other phone numbers.
         */
        post: operations["createPhoneNumber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{EntityId}/phone-numbers/{PhoneNumberId}": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
                /** @description The id of the Phone Number. */
                PhoneNumberId: components["parameters"]["PhoneNumberId"];
            };
            cookie?: never;
        };
        /**
         * Get a phone number
         * @description Inferred — Digital Core house style: GET by id, 404 when it does not exist.
         *
         *     404 when the entity does not exist or the phone number is not the entity's.
         */
        get: operations["getPhoneNumber"];
        /**
         * Replace a phone number
         * @description Inferred — Digital Core house style: PUT replaces the resource and answers 204.
         *
         *     `phoneNumberLabelId` must be an active Phone Number Label of the institution (409
         *     otherwise). Setting `isPrimary` clears it on the entity's other phone numbers.
         *     Optional fields left out are cleared.
         */
        put: operations["updatePhoneNumber"];
        post?: never;
        /**
         * Delete a phone number
         * @description Inferred — Digital Core house style: DELETE answers 204, 404 when it does not exist.
         */
        delete: operations["deletePhoneNumber"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{EntityId}/digital-contact-points": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /**
         * List an entity's digital contact points
         * @description Inferred — public tag "Digital Contact Points for an Entity": a sub-collection of the entity.
         *
         *     Returns every digital contact point of the entity, without paging. 404 when the
         *     entity does not exist.
         */
        get: operations["listDigitalContactPoints"];
        put?: never;
        /**
         * Add a digital contact point to an entity
         * @description Inferred — Digital Core house style: POST to the collection answers 201 with `{ id }`.
         *
         *     `digitalContactPointLabelId` must be an active Digital Contact Point Label of the
         *     institution (409 otherwise). Setting `isPrimary` clears it on the entity's other
         *     digital contact points of the same `type`.
         */
        post: operations["createDigitalContactPoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{EntityId}/digital-contact-points/{DigitalContactPointId}": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
                /** @description The id of the Digital Contact Point. */
                DigitalContactPointId: components["parameters"]["DigitalContactPointId"];
            };
            cookie?: never;
        };
        /**
         * Get a digital contact point
         * @description Inferred — Digital Core house style: GET by id, 404 when it does not exist.
         *
         *     404 when the entity does not exist or the digital contact point is not the entity's.
         */
        get: operations["getDigitalContactPoint"];
        /**
         * Replace a digital contact point
         * @description Inferred — Digital Core house style: PUT replaces the resource and answers 204.
         *
         *     `digitalContactPointLabelId` must be an active Digital Contact Point Label of the
         *     institution (409 otherwise). Setting `isPrimary` clears it on the entity's other
         *     digital contact points of the same `type`. Optional fields left out are cleared.
         */
        put: operations["updateDigitalContactPoint"];
        post?: never;
        /**
         * Delete a digital contact point
         * @description Inferred — Digital Core house style: DELETE answers 204, 404 when it does not exist.
         */
        delete: operations["deleteDigitalContactPoint"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{EntityId}/identifications": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /**
         * List an entity's identifications
         * @description Inferred — public tag "Identifications for an Entity": a sub-collection of the entity.
         *
         *     Returns every identification of the entity, without paging. 404 when the entity does
         *     not exist.
         */
        get: operations["listIdentifications"];
        put?: never;
        /**
         * Add an identification to an entity
         * @description Inferred — Digital Core house style: POST to the collection answers 201 with `{ id }`.
         *
         *     `identificationTypeId` must be an active Identification Type of the institution (409
         *     otherwise).
         */
        post: operations["createIdentification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{EntityId}/identifications/{IdentificationId}": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
                /** @description The id of the Identification. */
                IdentificationId: components["parameters"]["IdentificationId"];
            };
            cookie?: never;
        };
        /**
         * Get an identification
         * @description Inferred — Digital Core house style: GET by id, 404 when it does not exist.
         *
         *     404 when the entity does not exist or the identification is not the entity's.
         */
        get: operations["getIdentification"];
        /**
         * Replace an identification
         * @description Inferred — Digital Core house style: PUT replaces the resource and answers 204.
         *
         *     `identificationTypeId` must be an active Identification Type of the institution (409
         *     otherwise). Optional fields left out are cleared.
         */
        put: operations["updateIdentification"];
        post?: never;
        /**
         * Delete an identification
         * @description Inferred — Digital Core house style: DELETE answers 204, 404 when it does not exist.
         */
        delete: operations["deleteIdentification"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{EntityId}/privacy-opt-outs": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /**
         * List an entity's privacy opt-outs
         * @description Inferred — public tag "Privacy Opt Outs for an Entity": a sub-collection of the entity.
         *
         *     Returns every privacy opt-out of the entity, without paging. 404 when the entity
         *     does not exist.
         */
        get: operations["listPrivacyOptOuts"];
        put?: never;
        /**
         * Add a privacy opt-out to an entity
         * @description Inferred — Digital Core house style: POST to the collection answers 201 with `{ id }`.
         *
         *     `privacyOptOutTypeId` must be an active Privacy Opt Out Type of the institution (409
         *     otherwise). An entity has at most one choice per type (409 on a duplicate).
         */
        post: operations["createPrivacyOptOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{EntityId}/privacy-opt-outs/{PrivacyOptOutId}": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
                /** @description The id of the Privacy Opt Out. */
                PrivacyOptOutId: components["parameters"]["PrivacyOptOutId"];
            };
            cookie?: never;
        };
        /**
         * Get a privacy opt-out
         * @description Inferred — Digital Core house style: GET by id, 404 when it does not exist.
         *
         *     404 when the entity does not exist or the privacy opt-out is not the entity's.
         */
        get: operations["getPrivacyOptOut"];
        /**
         * Replace a privacy opt-out
         * @description Inferred — Digital Core house style: PUT replaces the resource and answers 204.
         *
         *     `privacyOptOutTypeId` must be an active Privacy Opt Out Type of the institution (409
         *     otherwise). An entity has at most one choice per type (409 on a duplicate). Optional
         *     fields left out are cleared.
         */
        put: operations["updatePrivacyOptOut"];
        post?: never;
        /**
         * Delete a privacy opt-out
         * @description Inferred — Digital Core house style: DELETE answers 204, 404 when it does not exist.
         */
        delete: operations["deletePrivacyOptOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{EntityId}/affiliate-opt-outs": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /**
         * List an entity's affiliate opt-outs
         * @description Inferred — public tag "Affiliate Opt Outs for an Entity": a sub-collection of the entity.
         *
         *     Returns every affiliate opt-out of the entity, without paging. 404 when the entity
         *     does not exist.
         */
        get: operations["listAffiliateOptOuts"];
        put?: never;
        /**
         * Add an affiliate opt-out to an entity
         * @description Inferred — Digital Core house style: POST to the collection answers 201 with `{ id }`.
         *
         *     `affiliateOptOutTypeId` must be an active Affiliate Opt Out Type, and
         *     `affiliateOptOutExceptionReasonId` (if given) an active Affiliate Opt Out Exception
         *     Reason, of the institution (409 otherwise). An entity has at most one choice per
         *     type (409 on a duplicate).
         */
        post: operations["createAffiliateOptOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{EntityId}/affiliate-opt-outs/{AffiliateOptOutId}": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
                /** @description The id of the Affiliate Opt Out. */
                AffiliateOptOutId: components["parameters"]["AffiliateOptOutId"];
            };
            cookie?: never;
        };
        /**
         * Get an affiliate opt-out
         * @description Inferred — Digital Core house style: GET by id, 404 when it does not exist.
         *
         *     404 when the entity does not exist or the affiliate opt-out is not the entity's.
         */
        get: operations["getAffiliateOptOut"];
        /**
         * Replace an affiliate opt-out
         * @description Inferred — Digital Core house style: PUT replaces the resource and answers 204.
         *
         *     `affiliateOptOutTypeId` must be an active Affiliate Opt Out Type, and
         *     `affiliateOptOutExceptionReasonId` (if given) an active Affiliate Opt Out Exception
         *     Reason, of the institution (409 otherwise). An entity has at most one choice per
         *     type (409 on a duplicate). Optional fields left out are cleared.
         */
        put: operations["updateAffiliateOptOut"];
        post?: never;
        /**
         * Delete an affiliate opt-out
         * @description Inferred — Digital Core house style: DELETE answers 204, 404 when it does not exist.
         */
        delete: operations["deleteAffiliateOptOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{EntityId}/employments": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /**
         * List an entity's employments
         * @description Inferred — public tag "Employments for an Entity": a sub-collection of the entity.
         *
         *     Returns every employment of the entity, without paging. 404 when the entity does not
         *     exist.
         */
        get: operations["listEmployments"];
        put?: never;
        /**
         * Add an employment to an entity
         * @description Inferred — Digital Core house style: POST to the collection answers 201 with `{ id }`.
         *
         *     `employmentTypeId` must be an active Employment Type of the institution (409
         *     otherwise).
         */
        post: operations["createEmployment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{EntityId}/employments/{EmploymentId}": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
                /** @description The id of the Employment. */
                EmploymentId: components["parameters"]["EmploymentId"];
            };
            cookie?: never;
        };
        /**
         * Get an employment
         * @description Inferred — Digital Core house style: GET by id, 404 when it does not exist.
         *
         *     404 when the entity does not exist or the employment is not the entity's.
         */
        get: operations["getEmployment"];
        /**
         * Replace an employment
         * @description Inferred — Digital Core house style: PUT replaces the resource and answers 204.
         *
         *     `employmentTypeId` must be an active Employment Type of the institution (409
         *     otherwise). Optional fields left out are cleared.
         */
        put: operations["updateEmployment"];
        post?: never;
        /**
         * Delete an employment
         * @description Inferred — Digital Core house style: DELETE answers 204, 404 when it does not exist.
         */
        delete: operations["deleteEmployment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{EntityId}/tax-id-number": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /**
         * Get an entity's tax id number (masked)
         * @description Inferred — public tag "The Entity's Tax Id Number" (singular): a singleton sub-resource.
         *
         *     Returns the kind of number, a masked value and its last four digits; the full number is
         *     never returned. 404 when the entity does not exist or has no tax id number.
         */
        get: operations["getTaxIdNumber"];
        /**
         * Set an entity's tax id number
         * @description Inferred — Digital Core house style: PUT replaces the resource and answers 204.
         *
         *     Sets the tax id number, or replaces the existing one, with the full nine-digit value.
         */
        put: operations["updateTaxIdNumber"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{EntityId}/foreign-tax-id-number": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /**
         * Get an entity's foreign tax id number (masked)
         * @description Inferred — public tag "The Entity's Foreign Tax Id Number" (singular): a singleton sub-resource.
         *
         *     Returns the issuing country, a masked value and its last four characters; the full value
         *     is never returned. 404 when the entity does not exist or has no foreign tax id number.
         */
        get: operations["getForeignTaxIdNumber"];
        /**
         * Set an entity's foreign tax id number
         * @description Inferred — Digital Core house style: PUT replaces the resource and answers 204.
         *
         *     Sets the foreign tax id number, or replaces the existing one, with the full value.
         */
        put: operations["updateForeignTaxIdNumber"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a report
         * @description Inferred — public tag "Generate and download reports for Entities": POST generates, 201 with `{ id }`.
         *
         *     Generates a report on the given entities in the requested format; download it with
         *     `downloadReport`. Unknown entity ids answer 409.
         */
        post: operations["generateReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{ReportId}": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of a generated Report, as returned by `generateReport`. */
                ReportId: components["parameters"]["ReportId"];
            };
            cookie?: never;
        };
        /**
         * Download a report
         * @description Inferred — public tag "Generate and download reports for Entities": GET downloads the document.
         *
         *     Answers the document in the format chosen at generation (`application/pdf` or
         *     `text/csv`). 404 when no such report exists or it has expired.
         */
        get: operations["downloadReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{EntityId}/notices": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a notice for an entity
         * @description Inferred — public tag "Generate and download Notices for Entities": POST generates, 201 with `{ id }`.
         *
         *     Generates the notice for the entity; download it with `downloadNotice`. 404 when the
         *     entity does not exist.
         */
        post: operations["generateNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notices/{NoticeId}": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of a generated Notice, as returned by `generateNotice`. */
                NoticeId: components["parameters"]["NoticeId"];
            };
            cookie?: never;
        };
        /**
         * Download a notice
         * @description Inferred — public tag "Generate and download Notices for Entities": GET downloads the document.
         *
         *     Answers the notice as a PDF. 404 when no such notice exists or it has expired.
         */
        get: operations["downloadNotice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enterprise/{EnterpriseUserId}/abilities": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The ID of the enterprise user: the Jack Henry Identity `sub` of an institution employee. */
                EnterpriseUserId: components["parameters"]["EnterpriseUserId"];
            };
            cookie?: never;
        };
        /**
         * Get a user's abilities
         * @description Inferred — Account Services' GetEnterpriseAbilities: GET /enterprise/{EnterpriseUserId}/abilities answers an object of required boolean flags.
         *
         *     What the user may do in Entity Services, as one flag per action and resource; use it
         *     to show or hide actions. 404 when the user is unknown to the institution.
         */
        get: operations["getAbilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enterprise/{EnterpriseUserId}/entitlements": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The ID of the enterprise user: the Jack Henry Identity `sub` of an institution employee. */
                EnterpriseUserId: components["parameters"]["EnterpriseUserId"];
            };
            cookie?: never;
        };
        /**
         * Get a user's entitlements
         * @description Inferred — by analogy with Abilities (same path shape); no sibling example exists.
         *
         *     The named permissions the institution grants or denies the user. 404 when the user is
         *     unknown to the institution.
         */
        get: operations["getEntitlements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/relationships": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a relationship
         * @description Inferred — Digital Core house style: POST to the collection answers 201 with `{ id }`.
         *
         *     Both entities and the relationship type must exist in the institution (409 otherwise);
         *     an identical active relationship is a duplicate (409).
         */
        post: operations["createRelationship"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/relationships/search": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search relationships
         * @description Inferred — Digital Core house style: POST search with offset/count.
         *
         *     Returns one page of the relationships matching the filter. Continue with
         *     `offset = paging.nextOffset` until it is `null`.
         */
        post: operations["searchRelationships"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/relationships/{RelationshipId}": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Relationship. */
                RelationshipId: components["parameters"]["RelationshipId"];
            };
            cookie?: never;
        };
        /**
         * Get a relationship
         * @description Inferred — Digital Core house style: GET by id, 404 when it does not exist.
         */
        get: operations["getRelationship"];
        /**
         * Replace a relationship
         * @description Inferred — Digital Core house style: PUT replaces the resource and answers 204.
         *
         *     Both entities and the relationship type must exist in the institution (409 otherwise).
         *     Set `endDate` to end a relationship while keeping its history.
         */
        put: operations["updateRelationship"];
        post?: never;
        /**
         * Delete a relationship
         * @description Inferred — Digital Core house style: DELETE answers 204, 404 when it does not exist.
         *
         *     Removes a relationship recorded in error; to end a real one, set its `endDate` instead.
         */
        delete: operations["deleteRelationship"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{EntityId}/relationships": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /**
         * List an entity's relationships
         * @description Inferred — public tag "Entity-to-Entity association": the entity's relationships as a sub-collection.
         *
         *     Returns every relationship in which the entity is either `entityId` or
         *     `relatedEntityId`, without paging. 404 when the entity does not exist.
         */
        get: operations["listEntityRelationships"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/relationship-types": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List the institution's relationship types
         * @description Inferred — public tag "The types of Relationships allowed by an Institution": a read-only reference list.
         *
         *     Every entry, active or not; only active ones are accepted on new writes of relationships (`relationshipTypeId`).
         */
        get: operations["listRelationshipTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/address-labels": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List the institution's address labels
         * @description Inferred — public tag "Address Labels allowed by an Institution": a read-only reference list.
         *
         *     Every entry, active or not; only active ones are accepted on new writes of addresses (`addressLabelId`).
         */
        get: operations["listAddressLabels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/affiliate-opt-out-exception-reasons": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List the institution's affiliate opt-out exception reasons
         * @description Inferred — public tag "Affiliate Opt Out Exception Reasons allowed by an Institution": a read-only reference list.
         *
         *     Every entry, active or not; only active ones are accepted on new writes of affiliate opt-outs (`affiliateOptOutExceptionReasonId`).
         */
        get: operations["listAffiliateOptOutExceptionReasons"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/affiliate-opt-out-types": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List the institution's affiliate opt-out types
         * @description Inferred — public tag "Affiliate Opt Out Types allowed by an Institution": a read-only reference list.
         *
         *     Every entry, active or not; only active ones are accepted on new writes of affiliate opt-outs (`affiliateOptOutTypeId`).
         */
        get: operations["listAffiliateOptOutTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/digital-contact-point-labels": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List the institution's digital contact point labels
         * @description Inferred — public tag "Digital Contact Point Labels allowed by an Institution": a read-only reference list.
         *
         *     Every entry, active or not; only active ones are accepted on new writes of digital contact points (`digitalContactPointLabelId`).
         */
        get: operations["listDigitalContactPointLabels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/phone-number-labels": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List the institution's phone number labels
         * @description Inferred — house-style analogy with the public "…allowed by an Institution" tags; this tag is not public.
         *
         *     Every entry, active or not; only active ones are accepted on new writes of phone numbers (`phoneNumberLabelId`).
         */
        get: operations["listPhoneNumberLabels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identification-types": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List the institution's identification types
         * @description Inferred — house-style analogy with the public "…allowed by an Institution" tags; this tag is not public.
         *
         *     Every entry, active or not; only active ones are accepted on new writes of identifications (`identificationTypeId`).
         */
        get: operations["listIdentificationTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/privacy-opt-out-types": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List the institution's privacy opt-out types
         * @description Inferred — house-style analogy with the public "…allowed by an Institution" tags; this tag is not public.
         *
         *     Every entry, active or not; only active ones are accepted on new writes of privacy opt-outs (`privacyOptOutTypeId`).
         */
        get: operations["listPrivacyOptOutTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/employment-types": {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List the institution's employment types
         * @description Inferred — house-style analogy with the public "…allowed by an Institution" tags; this tag is not public.
         *
         *     Every entry, active or not; only active ones are accepted on new writes of employments (`employmentTypeId`).
         */
        get: operations["listEmploymentTypes"];
        put?: never;
        post?: never;
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
        /**
         * Format: uuid
         * @example 3f6c1a52-8d0e-4c1b-9a57-0b8e2f4d9c11
         */
        Uuid: string;
        /**
         * @description Entities are legal identities and are never deleted: set `inactive` to retire one.
         * @enum {string}
         */
        EntityStatus: "active" | "inactive";
        /**
         * Format: date
         * @description A calendar date, `YYYY-MM-DD`.
         * @example 2024-05-01
         */
        IsoDate: string;
        /** @description A natural person. `status` omitted means `active`; a PUT replaces it too, so send the current value back. */
        PersonInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            entityType: "person";
            status?: components["schemas"]["EntityStatus"];
            /** @example Ada */
            firstName: string;
            middleName?: string;
            /** @example Lovelace */
            lastName: string;
            /** @description Generational or professional suffix, e.g. `Jr.`, `III`. */
            suffix?: string;
            birthDate?: components["schemas"]["IsoDate"];
        };
        /** @description An organization. `status` omitted means `active`; a PUT replaces it too, so send the current value back. */
        OrganizationInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            entityType: "organization";
            status?: components["schemas"]["EntityStatus"];
            /** @example Analytical Engines LLC */
            legalName: string;
            /** @description The "doing business as" name, if different from the legal name. */
            dbaName?: string;
            establishedDate?: components["schemas"]["IsoDate"];
        };
        /** @description A person or an organization to create, or the full replacement of one. */
        EntityInput: components["schemas"]["PersonInput"] | components["schemas"]["OrganizationInput"];
        /** @description Answer to a create (`201`); `id` is the new resource's id. */
        CreatedResponse: {
            id: components["schemas"]["Uuid"];
        };
        /** @description The Digital Core error body (`application/problem+json`). Not RFC 7807: `details` is a list and there is no `status` or `instance`. */
        ProblemDetails: {
            /**
             * @description A path uniquely classifying the error's domain, e.g. `jackhenry/operation-failed`.
             * @example jackhenry/operation-failed
             */
            type: string;
            /** @description An end-user readable title of the error type. */
            title: string;
            /** @description End-user readable strings with additional details. */
            details: string[];
            /** @description Machine-readable context; its shape is intentionally left undefined. */
            data?: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * @description Whether the entity is a natural person or an organization.
         * @enum {string}
         */
        EntityType: "person" | "organization";
        /** @description Every given criterion must match (AND). An empty object matches every entity of the institution. */
        EntitySearchFilter: {
            entityType?: components["schemas"]["EntityType"];
            status?: components["schemas"]["EntityStatus"];
            /**
             * @description Case-insensitive prefix of a first, last, legal or "doing business as" name.
             * @example Lovel
             */
            name?: string;
            birthDate?: components["schemas"]["IsoDate"];
            /**
             * @description The last four digits of the entity's tax id number.
             * @example 6789
             */
            taxIdNumberLastFour?: string;
            /** @description Matches any of the entity's addresses. */
            postalCode?: string;
            /** @description An E.164 number; matches any of the entity's phone numbers. */
            phoneNumber?: string;
            /**
             * Format: email
             * @description Matches any of the entity's `email` digital contact points.
             */
            email?: string;
        };
        /**
         * Format: date-time
         * @description An RFC 3339 date-time.
         * @example 2024-05-01T14:03:07Z
         */
        Timestamp: string;
        Person: {
            id: components["schemas"]["Uuid"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            entityType: "person";
            status: components["schemas"]["EntityStatus"];
            firstName: string;
            middleName?: string;
            lastName: string;
            suffix?: string;
            birthDate?: components["schemas"]["IsoDate"];
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        Organization: {
            id: components["schemas"]["Uuid"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            entityType: "organization";
            status: components["schemas"]["EntityStatus"];
            legalName: string;
            dbaName?: string;
            establishedDate?: components["schemas"]["IsoDate"];
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        /** @description A person or an organization. */
        Entity: components["schemas"]["Person"] | components["schemas"]["Organization"];
        /** @description Where a page of search results sits in the whole result set. */
        Paging: {
            /**
             * @description The `offset` of the next page, as a string; `null` when this is the last page (`total <= offset + count`).
             * @example 50
             */
            nextOffset: string | null;
            /**
             * @description The number of results in this page.
             * @example 50
             */
            results: number;
            /**
             * Format: int64
             * @description The number of results matching the filter.
             * @example 137
             */
            total: number;
        };
        EntitySearchResponse: {
            entities: components["schemas"]["Entity"][];
            paging: components["schemas"]["Paging"];
        };
        /**
         * @description An ISO 3166-1 alpha-2 country code, upper case.
         * @example US
         */
        CountryCode: string;
        /** @description A postal address of the entity. */
        Address: {
            id: components["schemas"]["Uuid"];
            addressLabelId: components["schemas"]["Uuid"];
            line1: string;
            line2?: string;
            line3?: string;
            city: string;
            region?: string;
            postalCode?: string;
            country: components["schemas"]["CountryCode"];
            isPrimary: boolean;
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        AddressList: {
            addresses: components["schemas"]["Address"][];
        };
        /** @description A postal address. `addressLabelId` is an id from the institution's Address Labels list; `region` is the state, province or county. */
        AddressInput: {
            addressLabelId: components["schemas"]["Uuid"];
            line1: string;
            line2?: string;
            line3?: string;
            city: string;
            region?: string;
            postalCode?: string;
            country: components["schemas"]["CountryCode"];
            /** @default false */
            isPrimary?: boolean;
        };
        /** @description A phone number of the entity. */
        PhoneNumber: {
            id: components["schemas"]["Uuid"];
            phoneNumberLabelId: components["schemas"]["Uuid"];
            number: string;
            extension?: string;
            isPrimary: boolean;
            smsCapable: boolean;
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        PhoneNumberList: {
            phoneNumbers: components["schemas"]["PhoneNumber"][];
        };
        /** @description A phone number. `phoneNumberLabelId` is an id from the institution's Phone Number Labels list; `number` is E.164 (`+` and country code, digits only). */
        PhoneNumberInput: {
            phoneNumberLabelId: components["schemas"]["Uuid"];
            /** @example +14175550123 */
            number: string;
            extension?: string;
            /** @default false */
            isPrimary?: boolean;
            /**
             * @description Whether the number can receive text messages.
             * @default false
             */
            smsCapable?: boolean;
        };
        /**
         * @description `email`: `value` is an email address. `website` and `social`: `value` is an absolute `https` or `http` URL (a social profile for `social`).
         * @enum {string}
         */
        DigitalContactPointType: "email" | "website" | "social";
        /** @description An email address, website or social profile of the entity. */
        DigitalContactPoint: {
            id: components["schemas"]["Uuid"];
            digitalContactPointLabelId: components["schemas"]["Uuid"];
            type: components["schemas"]["DigitalContactPointType"];
            value: string;
            isPrimary: boolean;
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        DigitalContactPointList: {
            digitalContactPoints: components["schemas"]["DigitalContactPoint"][];
        };
        /** @description An email address, website or social profile. `digitalContactPointLabelId` is an id from the institution's Digital Contact Point Labels list. */
        DigitalContactPointInput: {
            digitalContactPointLabelId: components["schemas"]["Uuid"];
            type: components["schemas"]["DigitalContactPointType"];
            /** @example ada@example.com */
            value: string;
            /** @default false */
            isPrimary?: boolean;
        };
        /** @description A form of identification of the entity. */
        Identification: {
            id: components["schemas"]["Uuid"];
            identificationTypeId: components["schemas"]["Uuid"];
            number: string;
            issuingAuthority?: string;
            issuingRegion?: string;
            issuingCountry?: components["schemas"]["CountryCode"];
            issueDate?: components["schemas"]["IsoDate"];
            expirationDate?: components["schemas"]["IsoDate"];
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        IdentificationList: {
            identifications: components["schemas"]["Identification"][];
        };
        /** @description A form of identification (driver's licence, passport, …). `identificationTypeId` is an id from the institution's Identification Types list; `issuingRegion` is the issuing state or province. */
        IdentificationInput: {
            identificationTypeId: components["schemas"]["Uuid"];
            number: string;
            issuingAuthority?: string;
            issuingRegion?: string;
            issuingCountry?: components["schemas"]["CountryCode"];
            issueDate?: components["schemas"]["IsoDate"];
            expirationDate?: components["schemas"]["IsoDate"];
        };
        /** @description A privacy opt-out choice of the entity. */
        PrivacyOptOut: {
            id: components["schemas"]["Uuid"];
            privacyOptOutTypeId: components["schemas"]["Uuid"];
            optedOut: boolean;
            effectiveDate: components["schemas"]["IsoDate"];
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        PrivacyOptOutList: {
            privacyOptOuts: components["schemas"]["PrivacyOptOut"][];
        };
        /** @description A privacy opt-out choice. `privacyOptOutTypeId` is an id from the institution's Privacy Opt Out Types list; `effectiveDate` omitted means today. */
        PrivacyOptOutInput: {
            privacyOptOutTypeId: components["schemas"]["Uuid"];
            /** @description `true`: the entity opts out; `false`: it opts back in. */
            optedOut: boolean;
            effectiveDate?: components["schemas"]["IsoDate"];
        };
        /** @description An affiliate-marketing opt-out choice of the entity. */
        AffiliateOptOut: {
            id: components["schemas"]["Uuid"];
            affiliateOptOutTypeId: components["schemas"]["Uuid"];
            affiliateOptOutExceptionReasonId?: components["schemas"]["Uuid"];
            optedOut: boolean;
            effectiveDate: components["schemas"]["IsoDate"];
            expirationDate?: components["schemas"]["IsoDate"];
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        AffiliateOptOutList: {
            affiliateOptOuts: components["schemas"]["AffiliateOptOut"][];
        };
        /** @description An affiliate-marketing opt-out choice. `affiliateOptOutTypeId` is an id from the institution's Affiliate Opt Out Types list; `affiliateOptOutExceptionReasonId`, from its Affiliate Opt Out Exception Reasons list, records why an exception applies. `effectiveDate` omitted means today; `expirationDate` omitted means no expiry. */
        AffiliateOptOutInput: {
            affiliateOptOutTypeId: components["schemas"]["Uuid"];
            affiliateOptOutExceptionReasonId?: components["schemas"]["Uuid"];
            optedOut: boolean;
            effectiveDate?: components["schemas"]["IsoDate"];
            expirationDate?: components["schemas"]["IsoDate"];
        };
        /**
         * Format: decimal
         * @description A decimal amount as a string (money is never a binary float in this house style), e.g. `"85000.00"`.
         * @example 85000.00
         */
        Decimal: string;
        /** @description An employment of the entity. */
        Employment: {
            id: components["schemas"]["Uuid"];
            employerName: string;
            employmentTypeId: components["schemas"]["Uuid"];
            occupation?: string;
            title?: string;
            startDate?: components["schemas"]["IsoDate"];
            endDate?: components["schemas"]["IsoDate"];
            annualIncome?: components["schemas"]["Decimal"];
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        EmploymentList: {
            employments: components["schemas"]["Employment"][];
        };
        /** @description An employment. `employmentTypeId` is an id from the institution's Employment Types list; `endDate` omitted means current; `annualIncome` is a decimal string. */
        EmploymentInput: {
            employerName: string;
            employmentTypeId: components["schemas"]["Uuid"];
            occupation?: string;
            title?: string;
            startDate?: components["schemas"]["IsoDate"];
            endDate?: components["schemas"]["IsoDate"];
            annualIncome?: components["schemas"]["Decimal"];
        };
        /**
         * @description US tax id kinds: Social Security Number, Employer Identification Number, Individual Taxpayer Identification Number, Adoption Taxpayer Identification Number.
         * @enum {string}
         */
        TaxIdType: "ssn" | "ein" | "itin" | "atin";
        /** @description The entity's tax id number, masked. The full value is never returned. */
        TaxIdNumber: {
            taxIdType: components["schemas"]["TaxIdType"];
            /**
             * @description The number with all but the last four digits masked, e.g. `***-**-6789`.
             * @example ***-**-6789
             */
            maskedValue: string;
            /** @example 6789 */
            lastFour: string;
            updatedAt: components["schemas"]["Timestamp"];
        };
        /** @description The full tax id number, nine digits without separators. */
        TaxIdNumberInput: {
            taxIdType: components["schemas"]["TaxIdType"];
            /** @example 123456789 */
            value: string;
        };
        /** @description The entity's foreign tax id number, masked. The full value is never returned. */
        ForeignTaxIdNumber: {
            country: components["schemas"]["CountryCode"];
            /**
             * @description The value with all but its last four characters masked, e.g. `*****456C`.
             * @example *****456C
             */
            maskedValue: string;
            /**
             * @description The last four characters of the value (fewer if the value is shorter).
             * @example 456C
             */
            lastFour: string;
            updatedAt: components["schemas"]["Timestamp"];
        };
        /** @description A tax id number issued outside the US; `country` is the issuing country. */
        ForeignTaxIdNumberInput: {
            country: components["schemas"]["CountryCode"];
            /** @example AB123456C */
            value: string;
        };
        /**
         * @description `entity_profile`: each entity with its contact information, identifications and employments. `relationship_summary`: each entity's relationships. `privacy_opt_out_status`: each entity's privacy and affiliate opt-out choices.
         * @enum {string}
         */
        ReportType: "entity_profile" | "relationship_summary" | "privacy_opt_out_status";
        /**
         * @description The document format; the download answers `application/pdf` or `text/csv`.
         * @enum {string}
         */
        ReportFormat: "pdf" | "csv";
        /** @description What to report on. Every id in `entityIds` must be an entity of the institution (409 otherwise). */
        ReportRequest: {
            reportType: components["schemas"]["ReportType"];
            entityIds: components["schemas"]["Uuid"][];
            format: components["schemas"]["ReportFormat"];
        };
        /**
         * Format: binary
         * @description The document's bytes.
         */
        Document: string;
        /**
         * @description The regulatory notice to produce (Regulation P / FCRA style privacy and affiliate-marketing notices; an assumption about what the public "Notices" tag covers).
         * @enum {string}
         */
        NoticeType: "initial_privacy_notice" | "annual_privacy_notice" | "affiliate_marketing_notice";
        /**
         * @description How the institution delivers the notice besides making it downloadable: `download` only, or also by `mail` or `email` to the entity's primary address or email.
         * @enum {string}
         */
        NoticeDeliveryPreference: "download" | "mail" | "email";
        /** @description The notice to generate for the entity; `deliveryPreference` omitted means `download`. */
        NoticeRequest: {
            noticeType: components["schemas"]["NoticeType"];
            deliveryPreference?: components["schemas"]["NoticeDeliveryPreference"];
        };
        /** @description What the user may do, one flag per action and resource: `<verb><Resource>` with the verbs `view`, `add`, `edit`, `delete`, `search`, `generate` and `download`. Every flag is always present. Entities have no delete flag (they are retired, not deleted); the tax id numbers are singletons (view and edit only). */
        Abilities: {
            viewEntities: boolean;
            addEntities: boolean;
            editEntities: boolean;
            searchEntities: boolean;
            viewAddresses: boolean;
            addAddresses: boolean;
            editAddresses: boolean;
            deleteAddresses: boolean;
            viewPhoneNumbers: boolean;
            addPhoneNumbers: boolean;
            editPhoneNumbers: boolean;
            deletePhoneNumbers: boolean;
            viewDigitalContactPoints: boolean;
            addDigitalContactPoints: boolean;
            editDigitalContactPoints: boolean;
            deleteDigitalContactPoints: boolean;
            viewIdentifications: boolean;
            addIdentifications: boolean;
            editIdentifications: boolean;
            deleteIdentifications: boolean;
            viewPrivacyOptOuts: boolean;
            addPrivacyOptOuts: boolean;
            editPrivacyOptOuts: boolean;
            deletePrivacyOptOuts: boolean;
            viewAffiliateOptOuts: boolean;
            addAffiliateOptOuts: boolean;
            editAffiliateOptOuts: boolean;
            deleteAffiliateOptOuts: boolean;
            viewEmployments: boolean;
            addEmployments: boolean;
            editEmployments: boolean;
            deleteEmployments: boolean;
            viewTaxIdNumber: boolean;
            editTaxIdNumber: boolean;
            viewForeignTaxIdNumber: boolean;
            editForeignTaxIdNumber: boolean;
            viewRelationships: boolean;
            addRelationships: boolean;
            editRelationships: boolean;
            deleteRelationships: boolean;
            searchRelationships: boolean;
            generateReports: boolean;
            downloadReports: boolean;
            generateNotices: boolean;
            downloadNotices: boolean;
        };
        /** @description One named permission and whether the institution grants it to the user. */
        Entitlement: {
            /**
             * @description The permission's name, e.g. `ViewEntities`.
             * @example ViewEntities
             */
            name: string;
            allowed: boolean;
            description?: string;
        };
        EntitlementList: {
            entitlements: components["schemas"]["Entitlement"][];
        };
        /**
         * @description The kind of asset a relationship is about. Accounts are the one kind confirmed as a concept (Account Services relates new accounts to entities with a `relationshipTypeId`).
         * @enum {string}
         */
        AssetType: "account" | "card" | "safe_deposit_box";
        /** @description The asset a relationship is about; `assetId` is its id in the owning service. */
        AssetReferenceInput: {
            assetType: components["schemas"]["AssetType"];
            assetId: components["schemas"]["Uuid"];
        };
        /** @description How `entityId` relates to `relatedEntityId`, e.g. "Ada is the guardian of Byron regarding account X". `relationshipTypeId` is an id from the institution's Relationship Types list. `asset` omitted means the relationship is not about one asset. `startDate` omitted means today; `endDate` omitted means open-ended. */
        RelationshipInput: {
            entityId: components["schemas"]["Uuid"];
            relatedEntityId: components["schemas"]["Uuid"];
            relationshipTypeId: components["schemas"]["Uuid"];
            asset?: components["schemas"]["AssetReferenceInput"];
            startDate?: components["schemas"]["IsoDate"];
            endDate?: components["schemas"]["IsoDate"];
        };
        /** @description Every given criterion must match (AND). `entityId` matches either side of a relationship; `activeOn` keeps relationships whose `startDate`…`endDate` range contains that date. An empty object matches every relationship of the institution. */
        RelationshipSearchFilter: {
            entityId?: components["schemas"]["Uuid"];
            relationshipTypeId?: components["schemas"]["Uuid"];
            assetType?: components["schemas"]["AssetType"];
            assetId?: components["schemas"]["Uuid"];
            activeOn?: components["schemas"]["IsoDate"];
        };
        /** @description The asset a relationship is about; `assetId` is its id in the owning service. */
        AssetReference: {
            assetType: components["schemas"]["AssetType"];
            assetId: components["schemas"]["Uuid"];
        };
        /** @description How `entityId` relates to `relatedEntityId`, optionally regarding an asset. */
        Relationship: {
            id: components["schemas"]["Uuid"];
            entityId: components["schemas"]["Uuid"];
            relatedEntityId: components["schemas"]["Uuid"];
            relationshipTypeId: components["schemas"]["Uuid"];
            asset?: components["schemas"]["AssetReference"];
            startDate: components["schemas"]["IsoDate"];
            endDate?: components["schemas"]["IsoDate"];
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        RelationshipSearchResponse: {
            relationships: components["schemas"]["Relationship"][];
            paging: components["schemas"]["Paging"];
        };
        RelationshipList: {
            relationships: components["schemas"]["Relationship"][];
        };
        /** @description One entry of an institution-configured reference list (a label, a type, a reason). Other resources refer to it by `id`. */
        ReferenceItem: {
            id: components["schemas"]["Uuid"];
            /**
             * @description A short, stable code for the entry.
             * @example home
             */
            code: string;
            /**
             * @description The display name.
             * @example Home
             */
            name: string;
            description?: string;
            /** @description Inactive entries are kept for existing data but refused on new writes. */
            isActive: boolean;
        };
        RelationshipTypeList: {
            relationshipTypes: components["schemas"]["ReferenceItem"][];
        };
        AddressLabelList: {
            addressLabels: components["schemas"]["ReferenceItem"][];
        };
        AffiliateOptOutExceptionReasonList: {
            affiliateOptOutExceptionReasons: components["schemas"]["ReferenceItem"][];
        };
        AffiliateOptOutTypeList: {
            affiliateOptOutTypes: components["schemas"]["ReferenceItem"][];
        };
        DigitalContactPointLabelList: {
            digitalContactPointLabels: components["schemas"]["ReferenceItem"][];
        };
        PhoneNumberLabelList: {
            phoneNumberLabels: components["schemas"]["ReferenceItem"][];
        };
        IdentificationTypeList: {
            identificationTypes: components["schemas"]["ReferenceItem"][];
        };
        PrivacyOptOutTypeList: {
            privacyOptOutTypes: components["schemas"]["ReferenceItem"][];
        };
        EmploymentTypeList: {
            employmentTypes: components["schemas"]["ReferenceItem"][];
        };
    };
    responses: {
        /** @description Created. The body carries the new resource's id. */
        Created: {
            headers: {
                "X-Request-ID": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "id": "3f6c1a52-8d0e-4c1b-9a57-0b8e2f4d9c11"
                 *     }
                 */
                "application/json": components["schemas"]["CreatedResponse"];
            };
        };
        /** @description The request is malformed: a body, parameter or header fails the schema (unknown property, wrong type, missing required field, invalid `offset` or `count`). */
        BadRequest: {
            headers: {
                "X-Request-ID": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "jackhenry/validation-failed",
                 *       "title": "The request is invalid.",
                 *       "details": [
                 *         "lastName is required."
                 *       ],
                 *       "data": null
                 *     }
                 */
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description Not authenticated: the bearer token is missing, expired or invalid. (HTTP names this status "Unauthorized"; it means unauthenticated.) Get a new token and retry once. */
        Unauthorized: {
            headers: {
                "X-Request-ID": components["headers"]["XRequestId"];
                "WWW-Authenticate": components["headers"]["WWWAuthenticateInvalidToken"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "jackhenry/unauthenticated",
                 *       "title": "Authentication is required.",
                 *       "details": [
                 *         "The access token expired."
                 *       ],
                 *       "data": null
                 *     }
                 */
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description Authenticated but not allowed: the token lacks the operation's scope (the `WWW-Authenticate` challenge names it), or the user lacks the institution permission. */
        Forbidden: {
            headers: {
                "X-Request-ID": components["headers"]["XRequestId"];
                "WWW-Authenticate": components["headers"]["WWWAuthenticateInsufficientScope"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "jackhenry/insufficient-scope",
                 *       "title": "The access token does not grant this operation.",
                 *       "details": [
                 *         "Required scope entity-services.entities.read."
                 *       ],
                 *       "data": null
                 *     }
                 */
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description The body's `Content-Type` is not one the operation accepts (`application/json`); the problem names the accepted media types. Send the body again with the right `Content-Type`. */
        UnsupportedMediaType: {
            headers: {
                "X-Request-ID": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "jackhenry/unsupported-media-type",
                 *       "title": "The request body's media type is not supported.",
                 *       "details": [
                 *         "Send the body as application/json, not text/plain."
                 *       ],
                 *       "data": {
                 *         "acceptedMediaTypes": [
                 *           "application/json"
                 *         ]
                 *       }
                 *     }
                 */
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description Rate limited. Wait as long as `Retry-After` says, then send the request again (the client does this for idempotent operations, within its retry budget). */
        TooManyRequests: {
            headers: {
                "X-Request-ID": components["headers"]["XRequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "jackhenry/too-many-requests",
                 *       "title": "Too many requests.",
                 *       "details": [
                 *         "Retry after 2 s."
                 *       ],
                 *       "data": null
                 *     }
                 */
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description The service failed. Safe to retry idempotent operations (GET, PUT, DELETE). */
        InternalServerError: {
            headers: {
                "X-Request-ID": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "jackhenry/internal-error",
                 *       "title": "An unexpected error occurred.",
                 *       "details": [],
                 *       "data": null
                 *     }
                 */
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description The service is down or overloaded for a while. Wait as long as `Retry-After` says, then send the request again (the client does this for idempotent operations, within its retry budget). */
        ServiceUnavailable: {
            headers: {
                "X-Request-ID": components["headers"]["XRequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "jackhenry/service-unavailable",
                 *       "title": "The service is unavailable.",
                 *       "details": [
                 *         "Retry after 2 s."
                 *       ],
                 *       "data": null
                 *     }
                 */
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description No resource with this id exists for the institution (or its parent entity does not). */
        NotFound: {
            headers: {
                "X-Request-ID": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "jackhenry/not-found",
                 *       "title": "The resource was not found.",
                 *       "details": [
                 *         "No entity 3f6c1a52-8d0e-4c1b-9a57-0b8e2f4d9c11."
                 *       ],
                 *       "data": null
                 *     }
                 */
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description Done; no body. */
        NoContent: {
            headers: {
                "X-Request-ID": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The request conflicts with the institution's data: a referenced id (label, type, reason, entity) is unknown or inactive, or the resource would duplicate an existing one. */
        Conflict: {
            headers: {
                "X-Request-ID": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "jackhenry/conflict",
                 *       "title": "A referenced id is unknown.",
                 *       "details": [
                 *         "addressLabelId 0b1d5c0e-6f1a-4d8e-8a43-2a7c9e1f5b60 is not an Address Label of this institution."
                 *       ],
                 *       "data": null
                 *     }
                 */
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
    };
    parameters: {
        /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
        XRequestId: components["schemas"]["Uuid"];
        /** @description Zero-based index of the first result to return. Continue with `paging.nextOffset`. */
        Offset: number;
        /** @description The maximum number of results to return. */
        Count: number;
        /** @description The id of the Entity. */
        EntityId: components["schemas"]["Uuid"];
        /** @description The id of the Address. */
        AddressId: components["schemas"]["Uuid"];
        /** @description The id of the Phone Number. */
        PhoneNumberId: components["schemas"]["Uuid"];
        /** @description The id of the Digital Contact Point. */
        DigitalContactPointId: components["schemas"]["Uuid"];
        /** @description The id of the Identification. */
        IdentificationId: components["schemas"]["Uuid"];
        /** @description The id of the Privacy Opt Out. */
        PrivacyOptOutId: components["schemas"]["Uuid"];
        /** @description The id of the Affiliate Opt Out. */
        AffiliateOptOutId: components["schemas"]["Uuid"];
        /** @description The id of the Employment. */
        EmploymentId: components["schemas"]["Uuid"];
        /** @description The id of a generated Report, as returned by `generateReport`. */
        ReportId: components["schemas"]["Uuid"];
        /** @description The id of a generated Notice, as returned by `generateNotice`. */
        NoticeId: components["schemas"]["Uuid"];
        /** @description The ID of the enterprise user: the Jack Henry Identity `sub` of an institution employee. */
        EnterpriseUserId: components["schemas"]["Uuid"];
        /** @description The id of the Relationship. */
        RelationshipId: components["schemas"]["Uuid"];
    };
    requestBodies: never;
    headers: {
        /** @description The request's round-trip identifier: the `X-Request-ID` the caller sent, or one the service generated. */
        XRequestId: components["schemas"]["Uuid"];
        /**
         * @description RFC 6750 challenge for a missing, expired or invalid access token, e.g. `Bearer error="invalid_token"`.
         * @example Bearer error="invalid_token", error_description="The access token expired"
         */
        WWWAuthenticateInvalidToken: string;
        /**
         * @description RFC 6750 challenge naming the scope the operation requires, e.g. `Bearer error="insufficient_scope", scope="entity-services.entities.read"`.
         * @example Bearer error="insufficient_scope", scope="entity-services.entities.read"
         */
        WWWAuthenticateInsufficientScope: string;
        /**
         * @description How long to wait before sending the request again (RFC 9110 §10.2.3): a number of seconds, or an HTTP-date.
         * @example 2
         */
        RetryAfter: string;
        /** @description Suggested file name for a downloaded document, e.g. `attachment; filename="report.pdf"`. */
        ContentDisposition: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createEntity: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityInput"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    searchEntities: {
        parameters: {
            query?: {
                /** @description Zero-based index of the first result to return. Continue with `paging.nextOffset`. */
                offset?: components["parameters"]["Offset"];
                /** @description The maximum number of results to return. */
                count?: components["parameters"]["Count"];
            };
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "entityType": "person",
                 *       "name": "Lovel"
                 *     }
                 */
                "application/json": components["schemas"]["EntitySearchFilter"];
            };
        };
        responses: {
            /** @description One page of matching entities. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntitySearchResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getEntity: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entity. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Entity"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateEntity: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "entityType": "person",
                 *       "status": "inactive",
                 *       "firstName": "Ada",
                 *       "lastName": "Lovelace",
                 *       "birthDate": "1815-12-10"
                 *     }
                 */
                "application/json": components["schemas"]["EntityInput"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAddresses: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entity's addresses. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddressList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createAddress: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "addressLabelId": "0b1d5c0e-6f1a-4d8e-8a43-2a7c9e1f5b60",
                 *       "line1": "12 Main Street",
                 *       "city": "Springfield",
                 *       "region": "MO",
                 *       "postalCode": "65801",
                 *       "country": "US",
                 *       "isPrimary": true
                 *     }
                 */
                "application/json": components["schemas"]["AddressInput"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAddress: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
                /** @description The id of the Address. */
                AddressId: components["parameters"]["AddressId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The address. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Address"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateAddress: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
                /** @description The id of the Address. */
                AddressId: components["parameters"]["AddressId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddressInput"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteAddress: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
                /** @description The id of the Address. */
                AddressId: components["parameters"]["AddressId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listPhoneNumbers: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entity's phone numbers. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneNumberList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createPhoneNumber: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "phoneNumberLabelId": "5a0c7e1d-2b3f-4c8a-9d6e-7f1a2b3c4d5e",
                 *       "number": "+14175550123",
                 *       "isPrimary": true,
                 *       "smsCapable": true
                 *     }
                 */
                "application/json": components["schemas"]["PhoneNumberInput"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPhoneNumber: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
                /** @description The id of the Phone Number. */
                PhoneNumberId: components["parameters"]["PhoneNumberId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The phone number. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneNumber"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updatePhoneNumber: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
                /** @description The id of the Phone Number. */
                PhoneNumberId: components["parameters"]["PhoneNumberId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PhoneNumberInput"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deletePhoneNumber: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
                /** @description The id of the Phone Number. */
                PhoneNumberId: components["parameters"]["PhoneNumberId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDigitalContactPoints: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entity's digital contact points. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DigitalContactPointList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createDigitalContactPoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "digitalContactPointLabelId": "6b1d8f2e-3c4a-4d9b-8e7f-8a2b3c4d5e6f",
                 *       "type": "email",
                 *       "value": "ada@example.com",
                 *       "isPrimary": true
                 *     }
                 */
                "application/json": components["schemas"]["DigitalContactPointInput"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDigitalContactPoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
                /** @description The id of the Digital Contact Point. */
                DigitalContactPointId: components["parameters"]["DigitalContactPointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The digital contact point. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DigitalContactPoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateDigitalContactPoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
                /** @description The id of the Digital Contact Point. */
                DigitalContactPointId: components["parameters"]["DigitalContactPointId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DigitalContactPointInput"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteDigitalContactPoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
                /** @description The id of the Digital Contact Point. */
                DigitalContactPointId: components["parameters"]["DigitalContactPointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listIdentifications: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entity's identifications. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentificationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createIdentification: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "identificationTypeId": "7c2e9a3f-4d5b-4e1c-9f8a-9b3c4d5e6f70",
                 *       "number": "D1234567",
                 *       "issuingAuthority": "Missouri Department of Revenue",
                 *       "issuingRegion": "MO",
                 *       "issuingCountry": "US",
                 *       "issueDate": "2021-03-15",
                 *       "expirationDate": "2027-03-15"
                 *     }
                 */
                "application/json": components["schemas"]["IdentificationInput"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getIdentification: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
                /** @description The id of the Identification. */
                IdentificationId: components["parameters"]["IdentificationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The identification. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identification"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateIdentification: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
                /** @description The id of the Identification. */
                IdentificationId: components["parameters"]["IdentificationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentificationInput"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteIdentification: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
                /** @description The id of the Identification. */
                IdentificationId: components["parameters"]["IdentificationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listPrivacyOptOuts: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entity's privacy opt-outs. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivacyOptOutList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createPrivacyOptOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "privacyOptOutTypeId": "8d3f0b4a-5e6c-4f2d-8a9b-0c4d5e6f7a81",
                 *       "optedOut": true,
                 *       "effectiveDate": "2024-05-01"
                 *     }
                 */
                "application/json": components["schemas"]["PrivacyOptOutInput"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPrivacyOptOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
                /** @description The id of the Privacy Opt Out. */
                PrivacyOptOutId: components["parameters"]["PrivacyOptOutId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The privacy opt-out. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivacyOptOut"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updatePrivacyOptOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
                /** @description The id of the Privacy Opt Out. */
                PrivacyOptOutId: components["parameters"]["PrivacyOptOutId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrivacyOptOutInput"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deletePrivacyOptOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
                /** @description The id of the Privacy Opt Out. */
                PrivacyOptOutId: components["parameters"]["PrivacyOptOutId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAffiliateOptOuts: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entity's affiliate opt-outs. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AffiliateOptOutList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createAffiliateOptOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "affiliateOptOutTypeId": "9e4a1c5b-6f7d-4a3e-9b0c-1d5e6f7a8b92",
                 *       "optedOut": true,
                 *       "effectiveDate": "2024-05-01",
                 *       "expirationDate": "2029-05-01"
                 *     }
                 */
                "application/json": components["schemas"]["AffiliateOptOutInput"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAffiliateOptOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
                /** @description The id of the Affiliate Opt Out. */
                AffiliateOptOutId: components["parameters"]["AffiliateOptOutId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The affiliate opt-out. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AffiliateOptOut"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateAffiliateOptOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
                /** @description The id of the Affiliate Opt Out. */
                AffiliateOptOutId: components["parameters"]["AffiliateOptOutId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AffiliateOptOutInput"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteAffiliateOptOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
                /** @description The id of the Affiliate Opt Out. */
                AffiliateOptOutId: components["parameters"]["AffiliateOptOutId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listEmployments: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entity's employments. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmploymentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createEmployment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "employerName": "Analytical Engines LLC",
                 *       "employmentTypeId": "af5b2d6c-7a8e-4b4f-8c1d-2e6f7a8b9ca3",
                 *       "occupation": "Mathematician",
                 *       "title": "Chief Analyst",
                 *       "startDate": "2019-09-01",
                 *       "annualIncome": "85000.00"
                 *     }
                 */
                "application/json": components["schemas"]["EmploymentInput"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getEmployment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
                /** @description The id of the Employment. */
                EmploymentId: components["parameters"]["EmploymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The employment. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Employment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateEmployment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
                /** @description The id of the Employment. */
                EmploymentId: components["parameters"]["EmploymentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmploymentInput"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteEmployment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
                /** @description The id of the Employment. */
                EmploymentId: components["parameters"]["EmploymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTaxIdNumber: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The masked tax id number. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxIdNumber"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateTaxIdNumber: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "taxIdType": "ssn",
                 *       "value": "123456789"
                 *     }
                 */
                "application/json": components["schemas"]["TaxIdNumberInput"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getForeignTaxIdNumber: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The masked foreign tax id number. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForeignTaxIdNumber"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateForeignTaxIdNumber: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "country": "GB",
                 *       "value": "AB123456C"
                 *     }
                 */
                "application/json": components["schemas"]["ForeignTaxIdNumberInput"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    generateReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reportType": "entity_profile",
                 *       "entityIds": [
                 *         "3f6c1a52-8d0e-4c1b-9a57-0b8e2f4d9c11"
                 *       ],
                 *       "format": "pdf"
                 *     }
                 */
                "application/json": components["schemas"]["ReportRequest"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    downloadReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of a generated Report, as returned by `generateReport`. */
                ReportId: components["parameters"]["ReportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report document. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Document"];
                    "text/csv": components["schemas"]["Document"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    generateNotice: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "noticeType": "annual_privacy_notice",
                 *       "deliveryPreference": "download"
                 *     }
                 */
                "application/json": components["schemas"]["NoticeRequest"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    downloadNotice: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of a generated Notice, as returned by `generateNotice`. */
                NoticeId: components["parameters"]["NoticeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notice document. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Document"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAbilities: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The ID of the enterprise user: the Jack Henry Identity `sub` of an institution employee. */
                EnterpriseUserId: components["parameters"]["EnterpriseUserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's abilities. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Abilities"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getEntitlements: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The ID of the enterprise user: the Jack Henry Identity `sub` of an institution employee. */
                EnterpriseUserId: components["parameters"]["EnterpriseUserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's entitlements. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntitlementList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createRelationship: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "entityId": "3f6c1a52-8d0e-4c1b-9a57-0b8e2f4d9c11",
                 *       "relatedEntityId": "4a7d2b63-9e1f-4d2c-8b68-1c9f3a5e0d22",
                 *       "relationshipTypeId": "b06c3e7d-8b9f-4c5a-9d2e-3f7a8b9cadb4",
                 *       "asset": {
                 *         "assetType": "account",
                 *         "assetId": "c17d4f8e-9cad-4d6b-8e3f-4a8b9cadbec5"
                 *       },
                 *       "startDate": "2024-05-01"
                 *     }
                 */
                "application/json": components["schemas"]["RelationshipInput"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    searchRelationships: {
        parameters: {
            query?: {
                /** @description Zero-based index of the first result to return. Continue with `paging.nextOffset`. */
                offset?: components["parameters"]["Offset"];
                /** @description The maximum number of results to return. */
                count?: components["parameters"]["Count"];
            };
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "assetType": "account",
                 *       "assetId": "c17d4f8e-9cad-4d6b-8e3f-4a8b9cadbec5"
                 *     }
                 */
                "application/json": components["schemas"]["RelationshipSearchFilter"];
            };
        };
        responses: {
            /** @description One page of matching relationships. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationshipSearchResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getRelationship: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Relationship. */
                RelationshipId: components["parameters"]["RelationshipId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The relationship. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Relationship"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateRelationship: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Relationship. */
                RelationshipId: components["parameters"]["RelationshipId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RelationshipInput"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteRelationship: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Relationship. */
                RelationshipId: components["parameters"]["RelationshipId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listEntityRelationships: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id of the Entity. */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entity's relationships. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationshipList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listRelationshipTypes: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The institution's relationship types. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationshipTypeList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAddressLabels: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The institution's address labels. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddressLabelList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAffiliateOptOutExceptionReasons: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The institution's affiliate opt-out exception reasons. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AffiliateOptOutExceptionReasonList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAffiliateOptOutTypes: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The institution's affiliate opt-out types. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AffiliateOptOutTypeList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDigitalContactPointLabels: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The institution's digital contact point labels. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DigitalContactPointLabelList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listPhoneNumberLabels: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The institution's phone number labels. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneNumberLabelList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listIdentificationTypes: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The institution's identification types. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentificationTypeList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listPrivacyOptOutTypes: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The institution's privacy opt-out types. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivacyOptOutTypeList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listEmploymentTypes: {
        parameters: {
            query?: never;
            header?: {
                /** @description A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent. */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The institution's employment types. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmploymentTypeList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
