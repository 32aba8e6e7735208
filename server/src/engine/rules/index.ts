// The registry: every rule, in the spec's order (v1, then the v1.2 research pack), then the extensions.
import type { Rule } from './api';
import yamlSyntax from './yaml-syntax';
import schema from './schema';
import duplicateId from './duplicate-id';
import unanchoredRequest from './unanchored-request';
import missingStakeholder from './missing-stakeholder';
import missingAgreement from './missing-agreement';
import billingModel from './billing-model';
import unsharedFinancing from './unshared-financing';
import ndaPublicStaff from './nda-public-staff';
import missingRiskSharing from './missing-risk-sharing';
import procurementNotConsidered from './procurement-not-considered';
import phaseGate from './phase-gate';
import personalIdentityNumber from './personal-identity-number';
import dateOrder from './date-order';
import unknownReference from './unknown-reference';
import staleCase from './stale-case';
import deviceInvestigation from './device-investigation';
import thirdCountryData from './third-country-data';
import participantConsent from './participant-consent';
import researchExemptionBasis from './research-exemption-basis';
import needAnnouncementOpen from './need-announcement-open';
import routeTrlFit from './route-trl-fit';
import referencePermission from './reference-permission';
import unreadableFile from './unreadable-file';
import suppression from './suppression';
import placeholder from './placeholder';

export const RULES: readonly Rule[] = [
  yamlSyntax,
  schema,
  duplicateId,
  unanchoredRequest,
  missingStakeholder,
  missingAgreement,
  billingModel,
  unsharedFinancing,
  ndaPublicStaff,
  missingRiskSharing,
  procurementNotConsidered,
  phaseGate,
  personalIdentityNumber,
  dateOrder,
  unknownReference,
  staleCase,
  deviceInvestigation,
  thirdCountryData,
  participantConsent,
  researchExemptionBasis,
  needAnnouncementOpen,
  routeTrlFit,
  referencePermission,
  unreadableFile,
  suppression,
  placeholder,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));

export const RULE_IDS: readonly string[] = RULES.map((r) => r.meta.id);
