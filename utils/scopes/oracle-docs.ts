// Oracle's pages that the catalog and the findings point to ("Learn more"), in one place.
export const ORACLE_DOCS = {
  createCredential: 'https://docs.oracle.com/en-us/iaas/Content/Identity/access/to_create_an_Oauth20_client_credential.htm',
  workingWithCredentials: 'https://docs.oracle.com/en-us/iaas/Content/Identity/access/working-with-oauth-20-client-credentials.htm',
  allResources: 'https://docs.oracle.com/en-us/iaas/Content/Identity/applications/access-all-resources.htm',
  identityDomainScopes: 'https://docs.oracle.com/en-us/iaas/Content/Identity/api-getstarted/Scopes.htm',
  integrationUrls: 'https://docs.oracle.com/en/cloud/paas/application-integration/integrations-user/do-you-use-designtime-or-runtime-url.html',
  analyticsAuthentication: 'https://docs.oracle.com/en/cloud/paas/analytics-cloud/acapi/authenticate.html',
  regions: 'https://docs.oracle.com/en-us/iaas/Content/General/Concepts/regions.htm',
} as const;
