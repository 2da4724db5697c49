import { graphql } from "../../gql";

export const LOG_IN = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) { ...ViewerFields }
  }
`);

export const LOG_OUT = graphql(`
  mutation LogOut { logOut }
`);

export const LOG_OUT_EVERYWHERE = graphql(`
  mutation LogOutEverywhere { logOutEverywhere }
`);

export const SET_PASSWORD_WITH_LINK = graphql(`
  mutation SetPasswordWithLink($token: String!, $password: String!) {
    setPasswordWithLink(token: $token, password: $password) { ...ViewerFields }
  }
`);

export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($input: PasswordChangeInput!) { changePassword(input: $input) }
`);

export const ACCESS_TOKEN_FIELDS = graphql(`
  fragment AccessTokenFields on AccessToken { id kind name prefix createdAt expiresAt lastUsedAt revokedAt }
`);

export const MY_TOKENS = graphql(`
  query MyTokens {
    viewer { id accessTokens { ...AccessTokenFields } }
  }
`);

export const CREATE_ACCESS_TOKEN = graphql(`
  mutation CreateAccessToken($input: AccessTokenInput!) {
    createAccessToken(input: $input) { token accessToken { ...AccessTokenFields } }
  }
`);

export const CREATE_CALENDAR_TOKEN = graphql(`
  mutation CreateCalendarToken($input: AccessTokenInput!) {
    createCalendarToken(input: $input) { token accessToken { ...AccessTokenFields } }
  }
`);

export const REVOKE_ACCESS_TOKEN = graphql(`
  mutation RevokeAccessToken($id: ID!) {
    revokeAccessToken(id: $id) { ...AccessTokenFields }
  }
`);

export const USER_FIELDS = graphql(`
  fragment UserFields on User {
    id email name roles active hasPassword lastLoginAt version
    projects { id name }
  }
`);

export const USERS = graphql(`
  query Users($where: UserWhere) {
    users(first: 100, where: $where, orderBy: [{ field: NAME }]) {
      totalCount
      edges { node { ...UserFields } }
    }
  }
`);

export const USER_HISTORY = graphql(`
  query UserHistory($id: ID!) {
    node(id: $id) {
      ... on User { id events { id action detail createdAt actor { name } } }
    }
  }
`);

export const PROJECT_OPTIONS = graphql(`
  query ProjectOptions {
    projects(first: 100, orderBy: [{ field: NAME }]) { edges { node { id name } } }
  }
`);

export const INVITE_USER = graphql(`
  mutation InviteUser($input: UserInput!, $password: String) {
    inviteUser(input: $input, password: $password) {
      user { ...UserFields }
      passwordLink { url expiresAt }
    }
  }
`);

export const UPDATE_USER = graphql(`
  mutation UpdateUser($id: ID!, $expectedVersion: Int!, $input: UserInput!) {
    updateUser(id: $id, expectedVersion: $expectedVersion, input: $input) { ...UserFields }
  }
`);

export const SET_USER_ACTIVE = graphql(`
  mutation SetUserActive($id: ID!, $expectedVersion: Int!, $active: Boolean!) {
    setUserActive(id: $id, expectedVersion: $expectedVersion, active: $active) { ...UserFields }
  }
`);

export const CREATE_PASSWORD_LINK = graphql(`
  mutation CreatePasswordLink($id: ID!) {
    createPasswordLink(id: $id) { url expiresAt }
  }
`);
